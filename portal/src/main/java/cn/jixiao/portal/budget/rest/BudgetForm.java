package cn.jixiao.portal.budget.rest;

import cn.jixiao.portal.department.DepartmentView;
import cn.jixiao.portal.web.FormField;
import java.util.List;

/** The budget edit form: a new year's (version null) or a stored one's, sent to PUT /api/departments/{id}/budget. */
public record BudgetForm(DepartmentView department, int year, Integer version, List<FormField.Section> sections) {

    public boolean isNew() {
        return version == null;
    }
}
