package cn.jixiao.tenantadmin.onboarding;

import cn.jixiao.tenantadmin.tenant.RegionLevel;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to onboard a region. The same request may be sent again: it then finishes what an
 * earlier attempt left undone, or returns the tenant as it is.
 */
public record OnboardingRequest(
        @NotBlank(message = "请填写行政区划代码 (division code is required)")
        @Pattern(regexp = "^[0-9]{6}$", message = "行政区划代码须为 6 位数字 (division code must be 6 digits)")
        String code,

        @NotBlank(message = "请填写地区名称 (region name is required)")
        @Size(max = 60, message = "地区名称最多 60 个字 (region name has at most 60 characters)")
        String name,

        @NotBlank(message = "请选择行政级别 (level is required)")
        @Pattern(
                regexp = "^(PROVINCE|CITY|COUNTY)$",
                message = "行政级别须为 PROVINCE、CITY 或 COUNTY (level must be PROVINCE, CITY or COUNTY)")
        String level,

        @Pattern(regexp = "^[0-9]{6}$", message = "上级行政区划代码须为 6 位数字 (parent code must be 6 digits)")
        String parentCode,

        @Size(max = 60, message = "上级地区名称最多 60 个字 (parent name has at most 60 characters)")
        String parentName,

        @NotBlank(message = "请填写地区标识 (slug is required)")
        @Pattern(
                regexp = "^[a-z][a-z0-9-]{1,39}$",
                message =
                        "地区标识须以小写字母开头，由 2–40 个小写字母、数字或连字符组成 (slug: 2–40 lowercase letters, digits or hyphens, starting with a letter)")
        String slug,

        @NotBlank(message = "请填写管理员用户名 (administrator username is required)")
        @Pattern(
                regexp = "^[a-z][a-z0-9._-]{2,39}$",
                message =
                        "用户名须以小写字母开头，由 3–40 个小写字母、数字、点、下划线或连字符组成 (username: 3–40 lowercase letters, digits, '.', '_' or '-', starting with a letter)")
        String adminUsername,

        @NotBlank(message = "请填写管理员邮箱 (administrator email is required)")
        @Email(message = "邮箱格式不正确 (not a valid email address)")
        @Size(max = 200, message = "邮箱最多 200 个字符 (email has at most 200 characters)")
        String adminEmail,

        @Size(
                min = 8,
                max = 128,
                message = "初始密码须为 8–128 个字符；不填则自动生成 (password: 8–128 characters, or leave empty to generate one)")
        String adminPassword) {

    /** The same request with surrounding blanks removed and empty optional fields as absent. */
    public OnboardingRequest normalized() {
        return new OnboardingRequest(
                strip(code),
                strip(name),
                strip(level),
                optional(parentCode),
                optional(parentName),
                strip(slug),
                strip(adminUsername),
                strip(adminEmail),
                adminPassword == null || adminPassword.isEmpty() ? null : adminPassword);
    }

    public RegionLevel regionLevel() {
        return RegionLevel.valueOf(level);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
