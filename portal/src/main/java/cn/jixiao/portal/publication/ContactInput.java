package cn.jixiao.portal.publication;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A department's reminder address, with the version read ({@code -1} while none was kept). */
public record ContactInput(
        @NotBlank(message = "请填写提醒邮箱 (email is required)")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "邮箱格式不正确 (email is not a valid address)")
        @Size(max = 200, message = "邮箱最多 200 个字符 (email: at most 200 characters)")
        String email,

        Integer version) {}
