package cn.jixiao.portal.project.dto;

import cn.jixiao.portal.project.ProjectStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A project as the client sends it (POST creates, PUT replaces). {@code funds} null leaves the
 * funds as they are; a list replaces them. PUT carries the {@code version} the client read.
 */
public record ProjectInput(
        @NotNull(message = "请选择所属部门 (departmentId is required)")
        Long departmentId,

        @NotBlank(message = "请填写项目名称 (name is required)")
        @Size(max = 300, message = "项目名称最多 300 字 (name: at most 300 characters)")
        String name,

        @Size(max = 40, message = "预算编码最多 40 字 (budgetCode: at most 40 characters)")
        String budgetCode,

        @Size(max = 100, message = "项目负责人最多 100 字 (ownerName: at most 100 characters)")
        String ownerName,

        @Size(max = 60, message = "联络电话最多 60 字 (contact: at most 60 characters)")
        String contact,

        @Size(max = 300, message = "项目地址最多 300 字 (address: at most 300 characters)")
        String address,

        LocalDate startsOn,
        LocalDate endsOn,

        @Size(max = 4000, message = "项目目标最多 4000 字 (goals: at most 4000 characters)")
        String goals,

        @NotNull(message = "请填写年度 (year is required)")
        @Min(value = 2000, message = "年度应在 2000–2100 之间 (year must be between 2000 and 2100)")
        @Max(value = 2100, message = "年度应在 2000–2100 之间 (year must be between 2000 and 2100)")
        Integer year,

        ProjectStatus status,
        List<@Valid @NotNull(message = "资金行不能为空 (a funds line is empty)") FundLine> funds,

        /** 预算批复的经济分类: null leaves them as they are, a list (empty clears) replaces them. */
        @Size(max = 60, message = "经济分类最多 60 项 (economicClasses: at most 60 codes)")
        List<@NotNull(message = "经济分类不能为空 (an economic class is empty)") String> economicClasses,

        Integer version) {}
