package cn.jixiao.portal.contract;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

public record PaymentInput(
        @NotNull(message = "请填写付款日期 (paidOn is required)") LocalDate paidOn,

        @NotNull(message = "请填写付款金额 (amount is required)")
        @DecimalMin(value = "0", inclusive = false, message = "付款金额必须大于 0 (amount must be > 0)")
        @Digits(integer = 10, fraction = 6, message = "金额最多 10 位整数、6 位小数 (amount: at most 10 digits and 6 decimals)")
        BigDecimal amount,

        @Size(max = 500, message = "备注最多 500 字 (note: at most 500 characters)")
        String note) {}
