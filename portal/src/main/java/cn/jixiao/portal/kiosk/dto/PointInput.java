package cn.jixiao.portal.kiosk.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A service point as the client sends it (POST creates it as planned, PUT replaces its description
 * and carries the {@code version} read). Its status moves only through the status route.
 */
public record PointInput(
        @NotBlank(message = "请填写服务点编号 (code is required)")
        @Size(max = 40, message = "服务点编号最多 40 字 (code: at most 40 characters)")
        String code,

        @NotBlank(message = "请填写服务点名称 (name is required)")
        @Size(max = 200, message = "服务点名称最多 200 字 (name: at most 200 characters)")
        String name,

        @NotBlank(message = "请填写地址 (address is required)")
        @Size(max = 300, message = "地址最多 300 字 (address: at most 300 characters)")
        String address,

        @Size(max = 100, message = "所属社区最多 100 字 (community: at most 100 characters)")
        String community,

        @DecimalMin(value = "-180", message = "经度应在 -180 到 180 之间 (longitude must be between -180 and 180)")
        @DecimalMax(value = "180", message = "经度应在 -180 到 180 之间 (longitude must be between -180 and 180)")
        @Digits(integer = 3, fraction = 6, message = "经度最多 6 位小数 (longitude: at most 6 decimals)")
        BigDecimal longitude,

        @DecimalMin(value = "-90", message = "纬度应在 -90 到 90 之间 (latitude must be between -90 and 90)")
        @DecimalMax(value = "90", message = "纬度应在 -90 到 90 之间 (latitude must be between -90 and 90)")
        @Digits(integer = 2, fraction = 6, message = "纬度最多 6 位小数 (latitude: at most 6 decimals)")
        BigDecimal latitude,

        Boolean open24h,

        @Size(max = 200, message = "开放时间最多 200 字 (openingHours: at most 200 characters)")
        String openingHours,

        LocalDate expectedOpenOn,
        Long responsibleDepartmentId,
        Integer version) {}
