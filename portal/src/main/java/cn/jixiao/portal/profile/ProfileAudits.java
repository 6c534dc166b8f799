package cn.jixiao.portal.profile;

import cn.jixiao.portal.audit.AuditedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** Profiles in the audit history: each belongs to its department. */
@ApplicationScoped
public class ProfileAudits {
    @Inject
    ProfileService profiles;

    @Produces
    AuditedEntity profiles() {
        return new AuditedEntity(ProfileService.ENTITY, profiles::departmentOfProfile);
    }
}
