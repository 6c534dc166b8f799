package cn.jixiao.portal.kiosk.dto;

import cn.jixiao.portal.kiosk.AcceptanceOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The buyer's acceptance of a device on trial run: passed (accepted) or failed (stays on trial run). */
public record DeviceAcceptanceInput(
        @NotNull(message = "请填写验收日期 (on is required)") LocalDate on,

        @NotNull(message = "请选择验收结论 PASSED 或 FAILED (result is required)")
        AcceptanceOutcome result,

        @Size(max = 2000, message = "验收意见最多 2000 字 (note: at most 2000 characters)")
        String note,

        @NotNull(message = "请提供读取时的版本号 (version is required)")
        Integer version) {}
