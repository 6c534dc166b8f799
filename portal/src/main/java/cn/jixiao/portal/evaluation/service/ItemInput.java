package cn.jixiao.portal.evaluation.service;

import cn.jixiao.portal.evaluation.ItemKind;
import cn.jixiao.portal.evaluation.ItemStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A problem, a suggestion or a rectification item; a rectification item needs an owner (a department
 * of the region or a name), a due date and a status. PUT carries the version read.
 */
public record ItemInput(
        @NotNull(message = "请选择类别 (kind is required: PROBLEM, SUGGESTION or RECTIFICATION)")
        ItemKind kind,

        @NotBlank(message = "请填写内容 (text is required)")
        @Size(max = 4000, message = "内容不能超过 4000 字 (text is at most 4000 characters)")
        String text,

        Long ownerDepartmentId,

        @Size(max = 200, message = "责任单位不能超过 200 字 (ownerName is at most 200 characters)")
        String ownerName,

        LocalDate dueOn,
        ItemStatus status,
        LocalDate doneOn,

        @Size(max = 2000, message = "备注不能超过 2000 字 (note is at most 2000 characters)")
        String note,

        Integer version) {}
