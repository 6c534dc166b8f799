package cn.jixiao.portal.contract;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

public record ThresholdInput(
        @NotNull(message = "请填写采购限额标准 (procurementThreshold is required)")
        @DecimalMin(value = "0", message = "采购限额标准不能为负数 (procurementThreshold must be >= 0)")
        @Digits(integer = 10, fraction = 6, message = "金额最多 10 位整数、6 位小数 (at most 10 digits and 6 decimals)")
        BigDecimal procurementThreshold,

        @NotNull(message = "请提供读取时的版本号 (version is required)")
        Integer version) {}
