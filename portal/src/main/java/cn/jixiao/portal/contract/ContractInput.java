package cn.jixiao.portal.contract;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A contract as the client sends it (POST creates, PUT replaces; acceptance and payments have their
 * own routes). The amount may be left empty while unknown; PUT carries the {@code version} read.
 */
public record ContractInput(
        @NotNull(message = "请选择签约部门 (departmentId is required)")
        Long departmentId,

        Long projectId,

        @Size(max = 60, message = "合同编号最多 60 字 (contractNo: at most 60 characters)")
        String contractNo,

        @NotBlank(message = "请填写合同名称 (title is required)")
        @Size(max = 300, message = "合同名称最多 300 字 (title: at most 300 characters)")
        String title,

        @NotBlank(message = "请填写供应商 (vendor is required)")
        @Size(max = 200, message = "供应商最多 200 字 (vendor: at most 200 characters)")
        String vendor,

        @DecimalMin(value = "0", message = "合同金额不能为负数 (amount must be >= 0)")
        @Digits(integer = 10, fraction = 6, message = "金额最多 10 位整数、6 位小数 (amount: at most 10 digits and 6 decimals)")
        BigDecimal amount,

        LocalDate signedOn,

        @NotNull(message = "请选择采购方式 (procurementMethod is required)")
        ProcurementMethod procurementMethod,

        LocalDate workStartedOn,

        /** 政府购买服务; null (left out) is no. */
        Boolean purchasedService,

        @Size(max = 2000, message = "验收条款最多 2000 字 (acceptanceTerms: at most 2000 characters)")
        String acceptanceTerms,

        @Size(max = 16, message = "试运行期应为 ISO-8601 期间，如 P1M (trialPeriod: an ISO-8601 period such as P1M)")
        String trialPeriod,

        @Min(value = 0, message = "验收期限应为 0 至 365 个工作日 (acceptanceWorkingDays must be 0 to 365)")
        @Max(value = 365, message = "验收期限应为 0 至 365 个工作日 (acceptanceWorkingDays must be 0 to 365)")
        Integer acceptanceWorkingDays,

        Integer version) {}
