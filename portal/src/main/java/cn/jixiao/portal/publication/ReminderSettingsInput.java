package cn.jixiao.portal.publication;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The region's reminder thresholds in days before the deadline, with the version read. */
public record ReminderSettingsInput(
        @NotNull(message = "请填写提醒天数 (reminderDays is required)")
        @Size(min = 1, max = 5, message = "提醒天数应有 1 至 5 个 (reminderDays: one to five values)")
        List<
                        @NotNull(message = "提醒天数不能为空 (a reminder day is empty)")
                        @Min(value = 1, message = "提醒天数应为 1 至 90 天 (reminder days: 1 to 90)")
                        @Max(value = 90, message = "提醒天数应为 1 至 90 天 (reminder days: 1 to 90)") Integer>
                reminderDays,

        @NotNull(message = "请提供读取时的版本号 (version is required)")
        Integer version) {}
