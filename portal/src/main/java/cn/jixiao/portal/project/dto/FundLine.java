package cn.jixiao.portal.project.dto;

import cn.jixiao.portal.project.FundingLevel;
import cn.jixiao.portal.project.ProjectFund;
import cn.jixiao.portal.web.Money;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** One level's funds as the client sends and reads them (万元; the balance is derived, never sent). */
public record FundLine(
        @NotNull(message = "请选择资金级次 (level is required)") FundingLevel level,

        @NotNull(message = "请填写计划安排资金 (planned is required)")
        @DecimalMin(value = "0", message = "计划安排资金不能为负数 (planned must be >= 0)")
        @Digits(integer = 10, fraction = 6, message = "金额最多 10 位整数、6 位小数 (planned: at most 10 digits and 6 decimals)")
        BigDecimal planned,

        @NotNull(message = "请填写到位资金 (arrived is required)")
        @DecimalMin(value = "0", message = "到位资金不能为负数 (arrived must be >= 0)")
        @Digits(integer = 10, fraction = 6, message = "金额最多 10 位整数、6 位小数 (arrived: at most 10 digits and 6 decimals)")
        BigDecimal arrived,

        @NotNull(message = "请填写实际支出 (spent is required)")
        @DecimalMin(value = "0", message = "实际支出不能为负数 (spent must be >= 0)")
        @Digits(integer = 10, fraction = 6, message = "金额最多 10 位整数、6 位小数 (spent: at most 10 digits and 6 decimals)")
        BigDecimal spent) {

    static FundLine of(ProjectFund f) {
        return new FundLine(f.level, Money.plain(f.planned), Money.plain(f.arrived), Money.plain(f.spent));
    }
}
