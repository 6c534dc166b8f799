package cn.jixiao.portal.project.dto;

import cn.jixiao.portal.project.ChangeKind;
import cn.jixiao.portal.project.ChangeStatus;
import cn.jixiao.portal.project.ProjectChange;
import cn.jixiao.portal.web.Money;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

public record ChangeView(
        long id,
        long projectId,
        ChangeKind kind,
        String kindLabel,
        String description,
        BigDecimal oldTotal,
        BigDecimal newTotal,
        String requestedBy,
        OffsetDateTime requestedAt,
        ChangeStatus status,
        String statusLabel,
        String approvalBody,
        String decidedBy,
        OffsetDateTime decidedAt,
        String decisionNote,
        int version) {

    public static ChangeView of(ProjectChange c) {
        return new ChangeView(
                c.id,
                c.projectId,
                c.kind,
                c.kind.label,
                c.description,
                Money.plain(c.oldTotal),
                Money.plain(c.newTotal),
                c.requestedBy,
                c.requestedAt,
                c.status,
                c.status.label,
                c.approvalBody,
                c.decidedBy,
                c.decidedAt,
                c.decisionNote,
                c.version);
    }

    public boolean pending() {
        return status == ChangeStatus.REQUESTED;
    }
}
