package cn.jixiao.portal.profile;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.access.DepartmentGate;
import cn.jixiao.portal.audit.AuditTrail;
import cn.jixiao.portal.web.Refusals;
import cn.jixiao.portal.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/** Reads and changes department profiles; every change is version-checked and audited. */
@ApplicationScoped
public class ProfileService {
    public static final String ENTITY = "DepartmentProfile";

    @Inject
    DepartmentGate gate;

    @Inject
    AuditTrail audit;

    @Inject
    Access access;

    @Transactional
    public ProfileView get(long departmentId, int year) {
        gate.readable(departmentId);
        return DepartmentProfile.findFor(departmentId, year)
                .map(ProfileView::of)
                .orElseThrow(() -> noProfile(year));
    }

    @Transactional
    public Optional<ProfileView> find(long departmentId, int year) {
        gate.readable(departmentId);
        return DepartmentProfile.findFor(departmentId, year).map(ProfileView::of);
    }

    @Transactional
    public List<Integer> years(long departmentId) {
        gate.readable(departmentId);
        return DepartmentProfile.yearsOf(departmentId);
    }

    /** Whether the signed-in user may change this department's profile (after the read check). */
    @Transactional
    public boolean canEdit(long departmentId) {
        gate.readable(departmentId);
        return access.canEditDepartment(departmentId);
    }

    @Transactional
    public void requireEditable(long departmentId) {
        gate.editable(departmentId);
    }

    @Transactional
    public ProfileView save(long departmentId, int year, ProfileInput input) {
        gate.editable(departmentId);
        var existing = DepartmentProfile.findFor(departmentId, year);
        if (existing.isEmpty()) {
            var profile = new DepartmentProfile();
            profile.departmentId = departmentId;
            profile.year = year;
            input.applyTo(profile);
            persistNew(profile);
            var after = ProfileView.of(profile);
            audit.record("CREATE", ENTITY, profile.id, null, after);
            return after;
        }
        var profile = existing.get();
        if (input.version() == null) {
            throw Refusals.invalid(
                    "version", "修改已有概况时须提供读取时的 version (version is required to change an existing profile)");
        }
        Versions.require(input.version(), profile.version);
        var before = ProfileView.of(profile);
        input.applyTo(profile);
        DepartmentProfile.flush();
        var after = ProfileView.of(profile);
        if (!before.equals(after)) {
            audit.record("UPDATE", ENTITY, profile.id, before, after);
        }
        return after;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> departmentOfProfile(long profileId) {
        return DepartmentProfile.<DepartmentProfile>findByIdOptional(profileId).map(p -> p.departmentId);
    }

    public static NotFoundException noProfile(int year) {
        return new NotFoundException("该部门 " + year + " 年尚未填报部门概况 (no department profile recorded for " + year + ")");
    }

    private static void persistNew(DepartmentProfile profile) {
        try {
            profile.persistAndFlush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException) {
                    throw Refusals.staleVersion();
                }
            }
            throw e;
        }
    }
}
