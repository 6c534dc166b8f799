package cn.jixiao.portal.report.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the download links of published reports' attachments. */
@ConfigMapping(prefix = "portal.reports.links")
public interface ReportLinkConfig {
    /** How long a download link (a presigned S3 GET) of an attachment stays valid. */
    @WithDefault("5M")
    Duration ttl();
}
