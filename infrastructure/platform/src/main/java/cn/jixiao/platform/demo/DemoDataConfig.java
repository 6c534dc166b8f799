package cn.jixiao.platform.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "jixiao.demo-data")
public interface DemoDataConfig {
    /** Load the demo regions, departments and reports (taken from the seed documents) at startup. */
    @WithDefault("false")
    boolean enabled();
}
