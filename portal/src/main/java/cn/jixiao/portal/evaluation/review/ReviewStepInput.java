package cn.jixiao.portal.evaluation.review;

import jakarta.validation.constraints.Size;

/** Submit, return or approve: the version read, and a comment (required when returning). */
public record ReviewStepInput(
        Integer version,

        @Size(max = 4000, message = "意见不能超过4000字 (comment too long)")
        String comment) {}
