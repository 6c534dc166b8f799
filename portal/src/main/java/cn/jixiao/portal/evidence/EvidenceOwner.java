package cn.jixiao.portal.evidence;

/**
 * The record an evidence file proves, as far as evidence needs it: whose department it is, the
 * evaluation it belongs to (and that evaluation's status, or the target's), the project (for the
 * evaluators assigned to it), the evaluation firm assigned, and for a device the unit keeping its point.
 */
public record EvidenceOwner(
        OwnerKind kind,
        long id,
        long departmentId,
        Long evaluationId,
        String status,
        Long projectId,
        String evaluatorAlias,
        Long pointDepartmentId) {

    /** Whether the owner lives in a review cycle (an evaluation or a target) whose status decides edits. */
    public boolean reviewed() {
        return kind != OwnerKind.CONTRACT && kind != OwnerKind.DEVICE;
    }

    /** Files may be added while the evaluation (or target) is a draft or was returned. */
    public boolean open() {
        return !reviewed() || "DRAFT".equals(status) || "RETURNED".equals(status);
    }

    /** Files may be deleted only while the evaluation (or target) is a draft. */
    public boolean draft() {
        return !reviewed() || "DRAFT".equals(status);
    }
}
