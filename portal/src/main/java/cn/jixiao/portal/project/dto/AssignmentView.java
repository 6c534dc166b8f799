package cn.jixiao.portal.project.dto;

import cn.jixiao.portal.project.ProjectAssignment;

public record AssignmentView(long id, long projectId, String username) {

    public static AssignmentView of(ProjectAssignment a) {
        return new AssignmentView(a.id, a.projectId, a.username);
    }
}
