package cn.jixiao.portal.target;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** What a new target table may be about: the editor's own department and its projects. */
@TemplateData
public record NewTargetChoices(long departmentId, String departmentName, List<ProjectChoice> projects) {
    @TemplateData
    public record ProjectChoice(long id, String name, int year) {}

    @TemplateData
    public record DepartmentChoice(long id, String name) {}
}
