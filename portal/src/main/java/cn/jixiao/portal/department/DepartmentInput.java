package cn.jixiao.portal.department;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A department as the region's admin sends it; PUT carries the {@code version} read. */
public record DepartmentInput(
        @NotBlank(message = "请填写部门编码 (code is required)")
        @Size(max = 32, message = "部门编码最多 32 个字符 (code: at most 32 characters)")
        @Pattern(
                regexp = "[A-Za-z0-9_.-]+",
                message = "部门编码只能包含字母、数字、点、横线和下划线 (code: letters, digits, '.', '-', '_' only)")
        String code,

        @NotBlank(message = "请填写部门名称 (name is required)")
        @Size(max = 100, message = "部门名称最多 100 字 (name: at most 100 characters)")
        String name,

        @Size(max = 40, message = "简称最多 40 字 (shortName: at most 40 characters)")
        String shortName,

        @NotBlank(message = "请选择类型 (kind is required)") String kind,

        Long parentId,

        @Size(max = 32, message = "预算编码最多 32 个字符 (budgetCode: at most 32 characters)")
        @Pattern(regexp = "[0-9A-Za-z.-]*", message = "预算编码只能包含数字、字母、点和横线 (budgetCode: digits, letters, '.', '-')")
        String budgetCode,

        /** 组织机构代码, e.g. 57980172-X: the first part of the 索引号 of the department's reports. */
        @Pattern(
                regexp = "([0-9A-Z]{8}-[0-9A-Z])?",
                message = "组织机构代码应为 8 位数字或大写字母、横线和 1 位校验码，如 57980172-X (orgCode: e.g. 57980172-X)")
        String orgCode,

        Integer version) {}
