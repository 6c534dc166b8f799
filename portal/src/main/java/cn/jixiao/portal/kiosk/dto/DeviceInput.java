package cn.jixiao.portal.kiosk.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A device as the client sends it. POST registers it as ordered and needs the buying
 * {@code departmentId} and {@code orderedOn}; PUT replaces the descriptive fields and carries the
 * {@code version} read (buyer and order date stay; the lifecycle has its own routes).
 */
public record DeviceInput(
        @NotBlank(message = "请填写设备编号 (code is required)")
        @Size(max = 60, message = "设备编号最多 60 字 (code: at most 60 characters)")
        String code,

        @NotNull(message = "请选择设备类型 (typeId is required)") Long typeId,

        @Size(max = 200, message = "型号最多 200 字 (model: at most 200 characters)")
        String model,

        @Size(max = 80, message = "序列号最多 80 字 (serialNo: at most 80 characters)")
        String serialNo,

        @Size(max = 200, message = "供应商最多 200 字 (vendor: at most 200 characters)")
        String vendor,

        @DecimalMin(value = "0", message = "价格不能为负数 (price must be >= 0)")
        @Digits(integer = 10, fraction = 6, message = "价格最多 10 位整数、6 位小数 (price: at most 10 digits and 6 decimals)")
        BigDecimal price,

        Long departmentId,
        Long contractId,
        Long pointId,
        LocalDate orderedOn,
        LocalDate paidOn,
        Integer version) {}
