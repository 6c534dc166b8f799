package cn.jixiao.portal.contract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

@ConfigMapping(prefix = "jixiao.procurement")
public interface ProcurementConfig {
    /** 采购限额标准 in 万元 for a region that has not set its own (60 as in Inner Mongolia). */
    @WithDefault("60")
    BigDecimal defaultThreshold();
}
