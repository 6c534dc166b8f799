package cn.jixiao.portal.target.dto;

import jakarta.validation.constraints.Size;

/** Why an approved target table is changed: required, kept on the new version. */
public record ReviseInput(
        @Size(max = 2000, message = "修订原因最多 2000 字 (reason: at most 2000 characters)")
        String reason) {}
