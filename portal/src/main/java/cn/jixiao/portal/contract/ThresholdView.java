package cn.jixiao.portal.contract;

import java.math.BigDecimal;

/** The region's procurement threshold; {@code regionSet} is false while the default applies. */
public record ThresholdView(BigDecimal procurementThreshold, String unit, boolean regionSet, int version) {
}
