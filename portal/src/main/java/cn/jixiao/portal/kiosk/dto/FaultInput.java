package cn.jixiao.portal.kiosk.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 报修: the day the fault appeared and what is wrong. */
public record FaultInput(
        @NotNull(message = "请填写报修日期 (openedOn is required)") LocalDate openedOn,

        @NotBlank(message = "请描述故障 (description is required)")
        @Size(max = 2000, message = "故障描述最多 2000 字 (description: at most 2000 characters)")
        String description) {}
