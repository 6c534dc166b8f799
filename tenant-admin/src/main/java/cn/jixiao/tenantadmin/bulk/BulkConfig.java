package cn.jixiao.tenantadmin.bulk;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and names of bulk onboarding. */
@ConfigMapping(prefix = "jixiao.bulk")
public interface BulkConfig {
    /** The largest code list taken (a national list of county-level divisions is about 130 KB). */
    @WithDefault("2M")
    MemorySize maxUploadSize();

    /** The most divisions one file may list. */
    @WithDefault("10000")
    int maxRows();

    /** A region onboarded in bulk gets the slug {@code <prefix><code>} and the administrator {@code <slug>-admin}. */
    @WithDefault("r")
    String slugPrefix();
}
