package cn.jixiao.portal.contract;

import cn.jixiao.portal.project.ProjectSummary;
import cn.jixiao.portal.web.FormField;
import java.util.List;

/**
 * The contract form: a new contract (id null) of the editor's own department or a stored one with the
 * version read; the department's projects to choose from; after a failed save the typed text and messages.
 */
public record ContractEditPage(
        Long contractId,
        long departmentId,
        String departmentName,
        Integer version,
        List<FormField> fields,
        String projectId,
        String projectError,
        List<ProjectSummary> projects,
        String procurementMethod,
        String procurementMethodError,
        String message,
        boolean conflict,
        List<String> problems) {

    public boolean isNew() {
        return contractId == null;
    }

    public String action() {
        return isNew() ? "/contracts" : "/contracts/" + contractId + "/edit";
    }

    public String cancel() {
        return isNew() ? "/contracts" : "/contracts/" + contractId;
    }

    public boolean isProject(long id) {
        return String.valueOf(id).equals(projectId);
    }

    public boolean isMethod(ProcurementMethod method) {
        return method.name().equals(procurementMethod);
    }

    public List<ProcurementMethod> methods() {
        return List.of(ProcurementMethod.values());
    }
}
