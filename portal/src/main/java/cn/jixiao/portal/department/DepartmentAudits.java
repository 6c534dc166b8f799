package cn.jixiao.portal.department;

import cn.jixiao.portal.audit.AuditedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;

/** A department's history is read by those who read the department (its own people, finance, the admin). */
@ApplicationScoped
public class DepartmentAudits {

    @Produces
    AuditedEntity departments() {
        return new AuditedEntity(
                DepartmentKeeper.ENTITY,
                id -> Department.<Department>findByIdOptional(id).map(d -> d.id).or(Optional::empty));
    }
}
