package cn.jixiao.portal.contract;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 验收: the result, the date it was accepted (or refused), and the terms (null leaves them). */
public record AcceptanceInput(
        @NotNull(message = "请选择验收结果 (result is required: PENDING, PASSED or FAILED)")
        AcceptanceResult result,

        LocalDate acceptedOn,

        @Size(max = 2000, message = "验收条款最多 2000 字 (terms: at most 2000 characters)")
        String terms,

        @NotNull(message = "请提供读取时的版本号 (version is required)")
        Integer version) {}
