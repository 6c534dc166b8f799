package cn.jixiao.portal.me;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The region (its code or alias) and, optionally, the department (its code) to work in from now on. */
public record WorkRegionInput(
        @NotBlank(message = "请选择地区 (region is required)") @Size(max = 64, message = "地区代码过长 (region: too long)")
        String region,

        @Size(max = 32, message = "部门编码过长 (department: too long)")
        String department) {}
