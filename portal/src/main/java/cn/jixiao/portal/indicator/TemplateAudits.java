package cn.jixiao.portal.indicator;

import cn.jixiao.portal.audit.AuditedEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Indicator templates in the audit history (created, replaced, copied from the library, activated and
 * deactivated): read by everyone in the region, like the templates themselves.
 */
@ApplicationScoped
public class TemplateAudits {
    @Produces
    AuditedEntity templates() {
        // the tenancy filter makes another region's template "not found"
        return AuditedEntity.regionWide(
                TemplateService.ENTITY,
                id -> IndicatorTemplate.findByIdOptional(id).isPresent());
    }
}
