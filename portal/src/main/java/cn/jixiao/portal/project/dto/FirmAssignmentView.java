package cn.jixiao.portal.project.dto;

import cn.jixiao.portal.project.ProjectFirmAssignment;

/** An evaluation firm assigned to a project. */
public record FirmAssignmentView(long id, long projectId, String firm, String name) {

    public static FirmAssignmentView of(ProjectFirmAssignment a) {
        return new FirmAssignmentView(a.id, a.projectId, a.firmAlias, a.firmName);
    }
}
