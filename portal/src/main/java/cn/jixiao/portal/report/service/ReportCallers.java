package cn.jixiao.portal.report.service;

import cn.jixiao.portal.access.Access;
import cn.jixiao.portal.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The signed-in user as a report {@link Caller} (department editors edit for their own department). */
@RequestScoped
public class ReportCallers {
    @Inject
    Access access;

    public Caller current() {
        Long editsFor = access.user().hasRole(Roles.DEPARTMENT_EDITOR)
                ? access.ownDepartmentId().orElse(null)
                : null;
        return new Caller(access.actor(), editsFor, access.readsWholeRegion(), access.isFinanceReviewer());
    }
}
