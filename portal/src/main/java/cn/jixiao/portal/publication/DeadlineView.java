package cn.jixiao.portal.publication;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;

/** A deadline as the API and the pages show it. */
@TemplateData
public record DeadlineView(
        long id,
        int fiscalYear,
        String kind,
        String kindLabel,
        LocalDate dueOn,
        String appliesTo,
        String appliesToLabel,
        String note,
        String updatedBy,
        int version) {

    static DeadlineView of(PublicationDeadline d) {
        return new DeadlineView(
                d.id,
                d.fiscalYear,
                d.kind.name(),
                d.kind.label(),
                d.dueOn,
                d.appliesTo.name(),
                d.appliesTo.label(),
                d.note,
                d.updatedBy,
                d.version);
    }
}
