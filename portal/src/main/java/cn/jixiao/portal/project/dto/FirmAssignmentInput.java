package cn.jixiao.portal.project.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record FirmAssignmentInput(
        @NotBlank(message = "请选择评价机构 (firm is required)")
        @Size(max = 100, message = "评价机构标识最多 100 字 (firm: at most 100 characters)")
        String firm) {}
