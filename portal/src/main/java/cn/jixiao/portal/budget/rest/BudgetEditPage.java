package cn.jixiao.portal.budget.rest;

import cn.jixiao.portal.department.DepartmentView;
import cn.jixiao.portal.web.FormField;
import java.util.List;

/** The budget form: a new year's (version null) or a stored one's, with messages after a failed save. */
public record BudgetEditPage(
        DepartmentView department,
        int year,
        Integer version,
        List<FormField.Section> sections,
        String message,
        boolean conflict) {

    public boolean isNew() {
        return version == null;
    }
}
