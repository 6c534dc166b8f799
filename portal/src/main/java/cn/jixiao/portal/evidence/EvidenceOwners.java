package cn.jixiao.portal.evidence;

import cn.jixiao.platform.tenancy.Tenancy;
import cn.jixiao.portal.access.Access;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.List;

/**
 * Finds the record an evidence file proves, with plain SQL over the owners' tables (so evidence does not
 * depend on the features that keep them), and decides who may read and change its files. Only the
 * current region's rows count: a city that reads its counties' evaluations does not get their files.
 */
@RequestScoped
public class EvidenceOwners {
    public static final String NOT_FOUND = "佐证资料所属的记录不存在 (no such record to attach evidence to)";

    private static final String EVALUATION_COLUMNS =
            "e.department_id, e.id, e.status, e.project_id, e.evaluator_alias, cast(null as bigint)";

    @Inject
    EntityManager em;

    @Inject
    Access access;

    /** The owner, or 404 when it is missing or another region's. Call inside a transaction. */
    public EvidenceOwner find(OwnerKind kind, long id) {
        String sql = switch (kind) {
            case EVALUATION -> "select " + EVALUATION_COLUMNS + " from evaluation e where e.id = ?1";
            case INDICATOR ->
                "select " + EVALUATION_COLUMNS
                        + " from evaluation_indicator o join evaluation e on e.id = o.evaluation_id"
                        + " where o.id = ?1 and o.tenant_id = e.tenant_id";
            case ITEM ->
                "select " + EVALUATION_COLUMNS
                        + " from evaluation_item o join evaluation e on e.id = o.evaluation_id"
                        + " where o.id = ?1 and o.tenant_id = e.tenant_id";
            case TARGET ->
                "select e.department_id, cast(null as bigint), e.status, e.project_id,"
                        + " cast(null as text), cast(null as bigint) from performance_target e where e.id = ?1";
            case CONTRACT ->
                "select e.department_id, cast(null as bigint), cast(null as text), e.project_id,"
                        + " cast(null as text), cast(null as bigint) from contract e where e.id = ?1";
            case DEVICE ->
                "select e.department_id, cast(null as bigint), cast(null as text),"
                        + " cast(null as bigint), cast(null as text), p.responsible_department_id"
                        + " from device e left join service_point p on p.id = e.point_id where e.id = ?1";
        };
        String tenant = Tenancy.current().orElseThrow(() -> new NotFoundException(NOT_FOUND));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql + " and e.tenant_id = ?2")
                .setParameter(1, id)
                .setParameter(2, tenant)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException(NOT_FOUND);
        }
        Object[] r = rows.get(0);
        return new EvidenceOwner(
                kind,
                id,
                ((Number) r[0]).longValue(),
                r[1] == null ? null : ((Number) r[1]).longValue(),
                (String) r[2],
                r[3] == null ? null : ((Number) r[3]).longValue(),
                (String) r[4],
                r[5] == null ? null : ((Number) r[5]).longValue());
    }

    /** The region's finance reviewers and admin, the owner's department, and the evaluators assigned to it. */
    public boolean canRead(EvidenceOwner owner) {
        if (access.canReadDepartment(owner.departmentId())) {
            return true;
        }
        if (owner.kind() == OwnerKind.DEVICE) {
            // as the kiosk pages: evaluators read every device, the point's keeper reads its devices
            return access.isEvaluator() || access.isOwnDepartment(owner.pointDepartmentId());
        }
        return isAssignedEvaluator(owner);
    }

    /**
     * The owner's department editors; for an evaluation's records also the evaluators assigned to it; for
     * a device also the region's admin (who keeps the kiosk inventory).
     */
    public boolean canEdit(EvidenceOwner owner) {
        if (access.canEditDepartment(owner.departmentId())) {
            return true;
        }
        return switch (owner.kind()) {
            case DEVICE -> access.isRegionAdmin();
            case CONTRACT, TARGET -> false;
            case EVALUATION, INDICATOR, ITEM -> isAssignedEvaluator(owner);
        };
    }

    private boolean isAssignedEvaluator(EvidenceOwner owner) {
        if (!access.isEvaluator()) {
            return false;
        }
        if (owner.evaluatorAlias() != null && access.firms().contains(owner.evaluatorAlias())) {
            return true;
        }
        return owner.projectId() != null && access.canReadProject(owner.projectId(), owner.departmentId());
    }

    public EvidenceOwner readable(OwnerKind kind, long id) {
        EvidenceOwner owner = find(kind, id);
        requireRead(owner);
        return owner;
    }

    public void requireRead(EvidenceOwner owner) {
        if (!canRead(owner)) {
            throw new ForbiddenException("无权查看这些佐证资料 (you may not read this evidence)");
        }
    }

    /** 403 unless the user may change the owner's files. */
    public void requireEdit(EvidenceOwner owner) {
        requireRead(owner);
        if (!canEdit(owner)) {
            throw new ForbiddenException("只有本部门的填报人或指派的评价人员可以上传或删除佐证资料"
                    + " (only the department's editors or the assigned evaluators may change its evidence)");
        }
    }
}
