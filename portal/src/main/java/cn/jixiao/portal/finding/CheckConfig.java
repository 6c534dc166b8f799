package cn.jixiao.portal.finding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

@ConfigMapping(prefix = "jixiao.checks")
public interface CheckConfig {
    /** 预算执行率 (percent) under which a grade of 优 or 良 is questioned. */
    @WithDefault("60")
    BigDecimal lowExecutionRate();

    /** How far (percentage points, or the unit of an amount) a stated figure may differ from the records' and still agree. */
    @WithDefault("0.01")
    BigDecimal tolerance();
}
