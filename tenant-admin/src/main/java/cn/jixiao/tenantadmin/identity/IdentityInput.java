package cn.jixiao.tenantadmin.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A region's public-site identity as the operator sends it. Every field may be empty (not shown);
 * {@code version} is the one read (0 before the first save), so two operators cannot overwrite each other.
 */
public record IdentityInput(
        @Size(max = 100, message = "主办单位最多 100 个字 (sponsor has at most 100 characters)")
        String sponsor,

        @Pattern(
                regexp = "^[0-9A-Za-z]{10}$",
                message = "网站标识码须为 10 位数字或字母，如 1506270001 (site code: 10 digits or letters)")
        String siteCode,

        @Pattern(
                regexp = "^\\p{IsHan}ICP备[0-9]{6,10}号(-[0-9]{1,3})?$",
                message = "ICP备案号格式如 京ICP备12345678号 或 京ICP备12345678号-1 (ICP record like 京ICP备12345678号-1)")
        String icpRecord,

        @Pattern(
                regexp = "^\\p{IsHan}公网安备[0-9]{14}号$",
                message = "公安备案号格式如 京公网安备11010502030143号 (police record like 京公网安备11010502030143号)")
        String policeRecord,

        @Pattern(
                regexp = "^[0-9+()（） -]{5,30}$",
                message = "联系电话只能包含数字、空格、+、- 和括号，5–30 个字符 (phone: 5–30 digits, spaces, +, - or brackets)")
        String contactPhone,

        @Email(message = "邮箱格式不正确 (not a valid email address)")
        @Size(max = 200, message = "邮箱最多 200 个字符 (email has at most 200 characters)")
        String contactEmail,

        @Size(max = 200, message = "联系地址最多 200 个字 (address has at most 200 characters)")
        String contactAddress,

        @NotNull(message = "请提供读取时的版本号 (version is required)")
        Integer version) {

    /** The same input with blanks removed and empty fields as absent. */
    public IdentityInput normalized() {
        return new IdentityInput(
                optional(sponsor),
                optional(siteCode),
                optional(icpRecord),
                optional(policeRecord),
                optional(contactPhone),
                optional(contactEmail),
                optional(contactAddress),
                version);
    }

    private static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
