package cn.jixiao.portal.target.dto;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One step of the implementation plan (实施计划): its name, the deliverable, planned start and finish. */
public record StepInput(
        @Size(max = 200, message = "步骤名称最多 200 字 (name: at most 200 characters)")
        String name,

        @Size(max = 500, message = "成果最多 500 字 (deliverable: at most 500 characters)")
        String deliverable,

        LocalDate plannedStart,
        LocalDate plannedFinish,
        LocalDate actualFinish) {}
