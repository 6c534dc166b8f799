package cn.jixiao.portal.kiosk.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A device type of the region's catalogue and the services it offers (the seed's 功能 column). */
public record DeviceTypeInput(
        @NotBlank(message = "请填写设备类型名称 (name is required)")
        @Size(max = 100, message = "设备类型名称最多 100 字 (name: at most 100 characters)")
        String name,

        @Size(max = 50, message = "服务事项最多 50 项 (services: at most 50)")
        List<
                        @NotBlank(message = "服务事项不能为空 (a service cannot be empty)")
                        @Size(max = 200, message = "每项服务最多 200 字 (a service: at most 200 characters)") String>
                services,

        Integer version) {}
