package cn.jixiao.portal.project.dto;

import cn.jixiao.portal.project.ChangeKind;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A change request: of the content, or of the total (then with the new total in 万元). */
public record ChangeInput(
        @NotNull(message = "请选择变更类型 (kind is required: CONTENT or TOTAL)")
        ChangeKind kind,

        @NotBlank(message = "请说明变更内容 (description is required)")
        @Size(max = 2000, message = "变更说明最多 2000 字 (description: at most 2000 characters)")
        String description,

        @DecimalMin(value = "0", message = "变更后总额不能为负数 (newTotal must be >= 0)")
        @Digits(integer = 10, fraction = 6, message = "金额最多 10 位整数、6 位小数 (newTotal: at most 10 digits and 6 decimals)")
        BigDecimal newTotal) {}
