package cn.jixiao.portal.contract;

import java.math.BigDecimal;

/**
 * The region's procurement threshold. {@code regionSet} is false while the default applies; its
 * {@code version} is then -1, which the first PUT sends back.
 */
public record ThresholdView(BigDecimal procurementThreshold, String unit, boolean regionSet, int version) {}
