package cn.jixiao.portal.project.dto;

import cn.jixiao.portal.project.FundingLevel;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A new expenditure entry (万元); the level and the economic class are optional, as on the seed forms. */
public record ExpenditureInput(
        FundingLevel level,

        @NotBlank(message = "请填写支出内容 (content is required)")
        @Size(max = 500, message = "支出内容最多 500 字 (content: at most 500 characters)")
        String content,

        @NotNull(message = "请填写支出金额 (amount is required)")
        @DecimalMin(value = "0", inclusive = false, message = "支出金额必须大于 0 (amount must be > 0)")
        @Digits(integer = 10, fraction = 6, message = "金额最多 10 位整数、6 位小数 (amount: at most 10 digits and 6 decimals)")
        BigDecimal amount,

        @Size(max = 60, message = "会计凭证号最多 60 字 (voucherNo: at most 60 characters)")
        String voucherNo,

        @NotNull(message = "请填写支出日期 (spentOn is required)") LocalDate spentOn,

        /** 政府支出经济分类 (e.g. 30226); optional, checked against the list. */
        @Size(max = 40, message = "经济分类最多 40 字 (economicClass: at most 40 characters)")
        String economicClass) {}
