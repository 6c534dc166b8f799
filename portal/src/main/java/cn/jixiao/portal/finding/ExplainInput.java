package cn.jixiao.portal.finding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A finance reviewer's explanation of a finding, with the version of the finding read. */
public record ExplainInput(
        @NotBlank(message = "请填写说明 (an explanation is required)")
        @Size(max = 4000, message = "说明不超过 4000 字 (at most 4000 characters)")
        String explanation,

        Integer version) {}
