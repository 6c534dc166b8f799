package cn.jixiao.portal.target.dto;

import jakarta.validation.constraints.Size;

/** A review step (submit, approve, return): the version read and a comment (required to return). */
public record ReviewInput(
        Integer version,

        @Size(max = 2000, message = "意见最多 2000 字 (comment: at most 2000 characters)")
        String comment) {}
