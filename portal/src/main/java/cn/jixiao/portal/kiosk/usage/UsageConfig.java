package cn.jixiao.portal.kiosk.usage;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the daily usage import (jixiao.kiosk.usage.*). */
@ConfigMapping(prefix = "jixiao.kiosk.usage")
public interface UsageConfig {

    /** Largest usage file accepted; bigger uploads get a 413 with a message (keep quarkus.http.limits.max-body-size above it). */
    @WithDefault("200M")
    MemorySize maxUploadSize();

    /** Most errors listed in one answer. */
    @WithDefault("100")
    int maxListedErrors();

    /** Longest an import may run, in seconds (a year of a region's counts is millions of rows). */
    @WithDefault("3600")
    int timeoutSeconds();
}
