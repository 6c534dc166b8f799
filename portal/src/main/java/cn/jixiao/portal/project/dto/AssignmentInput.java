package cn.jixiao.portal.project.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AssignmentInput(
        @NotBlank(message = "请填写评价人的用户名 (username is required)")
        @Size(max = 100, message = "用户名最多 100 字 (username: at most 100 characters)")
        String username) {}
