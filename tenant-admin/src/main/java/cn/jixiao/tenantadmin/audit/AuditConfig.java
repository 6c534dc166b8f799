package cn.jixiao.tenantadmin.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** How long the audit log is kept (网络安全法 Art. 21: at least six months). */
@ConfigMapping(prefix = "jixiao.audit")
public interface AuditConfig {
    /** Days an audit entry is kept before the retention job may remove it; below 180 the app does not start. */
    @WithDefault("365")
    @Min(value = 180, message = "审计记录至少保留 180 天 (jixiao.audit.retention-days must be at least 180)")
    int retentionDays();

    /** When the retention job runs (Quartz-style cron; default 03:30 every day); "off" disables it. */
    @WithDefault("0 30 3 * * ?")
    String retentionCron();
}
