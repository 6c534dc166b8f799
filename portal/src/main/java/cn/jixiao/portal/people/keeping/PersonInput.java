package cn.jixiao.portal.people.keeping;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A colleague as the region's admin describes them: POST invites (the username is then fixed), PUT
 * replaces name, contact, roles and departments. Roles are the portal's role codes; departments are
 * department ids of this region (a department editor needs at least one).
 */
public record PersonInput(
        @NotBlank(message = "请填写姓名 (name is required)")
        @Size(max = 60, message = "姓名最多 60 字 (name: at most 60 characters)")
        String name,

        @Size(min = 3, max = 40, message = "用户名为 3 到 40 个字符 (username: 3 to 40 characters)")
        @Pattern(
                regexp = "[a-z0-9][a-z0-9._-]*",
                message = "用户名只能包含小写字母、数字、点、横线和下划线 (username: lower-case letters, digits, '.', '-', '_')")
        String username,

        @NotBlank(message = "请填写电子邮箱 (email is required)")
        @Email(message = "电子邮箱格式不正确 (email is not valid)")
        @Size(max = 120, message = "电子邮箱最多 120 个字符 (email: at most 120 characters)")
        String email,

        @Pattern(regexp = "[0-9+() -]{0,20}", message = "电话只能包含数字、空格、+、- 和括号，最多 20 位 (phone: digits, +, -, spaces)")
        String phone,

        @Size(max = 4, message = "角色最多 4 个 (roles: at most 4)")
        List<String> roles,

        @Size(max = 50, message = "部门最多 50 个 (departments: at most 50)")
        List<Long> departments) {

    public List<String> rolesOrNone() {
        return roles == null ? List.of() : roles;
    }

    public List<Long> departmentsOrNone() {
        return departments == null ? List.of() : departments;
    }
}
