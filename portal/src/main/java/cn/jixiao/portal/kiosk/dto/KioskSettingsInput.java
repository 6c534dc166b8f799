package cn.jixiao.portal.kiosk.dto;

import jakarta.validation.constraints.NotNull;

/** The unit that signs off network hook-ups (null: nobody yet), with the version read (-1 before any setting). */
public record KioskSettingsInput(
        Long networkSignOffDepartmentId,

        @NotNull(message = "请提供读取时的版本号 (version is required)")
        Integer version) {}
