package cn.jixiao.portal.project;

public record AssignmentView(long id, long projectId, String username) {

    static AssignmentView of(ProjectAssignment a) {
        return new AssignmentView(a.id, a.projectId, a.username);
    }
}
