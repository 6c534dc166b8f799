package cn.jixiao.portal.project.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A finance reviewer's decision on a change: the version read, the approving body, a note. */
public record DecisionInput(
        @NotNull(message = "请提供读取时的版本号 (version is required)")
        Integer version,

        @Size(max = 100, message = "审批机关最多 100 字 (approvalBody: at most 100 characters)")
        String approvalBody,

        @Size(max = 2000, message = "审批意见最多 2000 字 (note: at most 2000 characters)")
        String note) {}
