package cn.jixiao.portal.budget;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A budget adjustment as a client sends it: amount in 万元 (negative for a cut), reason, approver, date. */
public record AdjustmentInput(
        @NotNull(message = BudgetInput.REQUIRED) @Digits(integer = 10, fraction = 6, message = BudgetInput.DIGITS)
        BigDecimal amount,

        @NotBlank(message = BudgetInput.REQUIRED) @Size(max = 500, message = "最多 500 字 (at most 500 characters)")
        String reason,

        @NotBlank(message = BudgetInput.REQUIRED) @Size(max = 100, message = "最多 100 字 (at most 100 characters)")
        String approver,

        @NotNull(message = BudgetInput.REQUIRED) LocalDate adjustedOn) {

    public static final String ZERO_AMOUNT = "调整金额不能为 0 (an adjustment must change the budget)";
}
