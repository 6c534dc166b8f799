package cn.jixiao.portal.evidence;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of evidence files (jixiao.evidence.*), whatever record they prove. */
@ConfigMapping(prefix = "jixiao.evidence")
public interface EvidenceConfig {

    /** Largest file accepted; bigger uploads get a 413 with a message (keep quarkus.http.limits.max-body-size above it). */
    @WithDefault("20M")
    MemorySize maxSize();
}
