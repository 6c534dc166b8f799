package cn.jixiao.portal.project;

import cn.jixiao.portal.web.FormField;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The project form: a new project (id null) of the editor's own department, or a stored one with the
 * version read; after a failed save, the typed text with messages.
 */
public record ProjectEditPage(
        Long projectId,
        Department department,
        Integer version,
        List<FormField> fields,
        List<FundRow> funds,
        String message,
        boolean conflict,
        List<String> problems) {

    /** The department the project belongs to (fixed on the form). */
    @TemplateData
    public record Department(long id, String name) {}

    /** One funding level's row of the funds table: planned, arrived, spent. */
    @TemplateData
    public record FundRow(FundingLevel level, String label, List<FormField> amounts) {}

    public boolean isNew() {
        return projectId == null;
    }

    public String action() {
        return isNew() ? "/projects" : "/projects/" + projectId + "/edit";
    }

    public String cancel() {
        return isNew() ? "/projects" : "/projects/" + projectId;
    }
}
