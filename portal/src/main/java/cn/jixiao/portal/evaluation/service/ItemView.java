package cn.jixiao.portal.evaluation.service;

import cn.jixiao.portal.evaluation.EvaluationItem;
import java.time.LocalDate;

/** A problem, suggestion or rectification item as the API shows it. */
public record ItemView(
        long id,
        String kind,
        String kindLabel,
        int position,
        String text,
        Long ownerDepartmentId,
        String ownerDepartmentName,
        String ownerName,
        LocalDate dueOn,
        String status,
        String statusLabel,
        LocalDate doneOn,
        String note,
        Long carriedFromId,
        int version) {

    public static ItemView of(EvaluationItem i, String ownerDepartmentName) {
        return new ItemView(
                i.id,
                i.kind.name(),
                i.kind.label(),
                i.position,
                i.text,
                i.ownerDepartmentId,
                ownerDepartmentName,
                i.ownerName,
                i.dueOn,
                i.status == null ? null : i.status.name(),
                i.status == null ? null : i.status.label(),
                i.doneOn,
                i.note,
                i.carriedFromId,
                i.version);
    }
}
