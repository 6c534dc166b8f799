package cn.jixiao.portal.budget;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * A year's budget as a client sends it (万元). {@code version} is the version the client read;
 * leave it out only when the year has no budget yet.
 */
public record BudgetInput(
        Integer version,

        @NotNull(message = REQUIRED)
        @DecimalMin(value = "0", message = NOT_NEGATIVE)
        @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal currentYearIncome,

        @NotNull(message = REQUIRED)
        @DecimalMin(value = "0", message = NOT_NEGATIVE)
        @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal carryOver,

        @NotNull(message = REQUIRED)
        @DecimalMin(value = "0", message = NOT_NEGATIVE)
        @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal basicExpenditure,

        @NotNull(message = REQUIRED)
        @DecimalMin(value = "0", message = NOT_NEGATIVE)
        @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal projectExpenditure,

        @DecimalMin(value = "0", message = NOT_NEGATIVE) @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal finalAccounts,

        @DecimalMin(value = "0", message = NOT_NEGATIVE) @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal actualBasicExpenditure,

        @DecimalMin(value = "0", message = NOT_NEGATIVE) @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal actualProjectExpenditure,

        @DecimalMin(value = "0", message = NOT_NEGATIVE) @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal threePublicBudget,

        @DecimalMin(value = "0", message = NOT_NEGATIVE) @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal threePublicActual,

        @DecimalMin(value = "0", message = NOT_NEGATIVE) @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal threePublicLastYearActual,

        @DecimalMin(value = "0", message = NOT_NEGATIVE) @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal publicFundsBudget,

        @DecimalMin(value = "0", message = NOT_NEGATIVE) @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal publicFundsActual,

        @DecimalMin(value = "0", message = NOT_NEGATIVE) @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal procurementBudget,

        @DecimalMin(value = "0", message = NOT_NEGATIVE) @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal procurementActual,

        @DecimalMin(value = "0", message = NOT_NEGATIVE) @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal fixedAssetsBookValue,

        @DecimalMin(value = "0", message = NOT_NEGATIVE) @Digits(integer = 10, fraction = 6, message = DIGITS)
        BigDecimal fixedAssetsInUse) {

    public static final String REQUIRED = "必填 (required)";
    public static final String NOT_NEGATIVE = "金额不能为负数 (must not be negative)";
    public static final String DIGITS = "金额最多 10 位整数、6 位小数 (at most 10 integer and 6 decimal digits)";

    void applyTo(DepartmentBudget b) {
        b.currentYearIncome = currentYearIncome;
        b.carryOver = carryOver;
        b.basicExpenditure = basicExpenditure;
        b.projectExpenditure = projectExpenditure;
        b.finalAccounts = finalAccounts;
        b.actualBasicExpenditure = actualBasicExpenditure;
        b.actualProjectExpenditure = actualProjectExpenditure;
        b.threePublicBudget = threePublicBudget;
        b.threePublicActual = threePublicActual;
        b.threePublicLastYearActual = threePublicLastYearActual;
        b.publicFundsBudget = publicFundsBudget;
        b.publicFundsActual = publicFundsActual;
        b.procurementBudget = procurementBudget;
        b.procurementActual = procurementActual;
        b.fixedAssetsBookValue = fixedAssetsBookValue;
        b.fixedAssetsInUse = fixedAssetsInUse;
    }
}
