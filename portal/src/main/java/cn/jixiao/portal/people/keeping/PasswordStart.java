package cn.jixiao.portal.people.keeping;

/**
 * How a person was given a way to set their password: an e-mail with a link from Keycloak when the
 * realm can send mail, otherwise a one-time password shown once to the admin, which Keycloak makes the
 * person change at their first sign-in.
 */
public record PasswordStart(String via, String email, String temporaryPassword, String message) {

    static PasswordStart emailed(String email) {
        return new PasswordStart("email", email, null, "已向 " + email + " 发送设置密码的链接，72 小时内有效 (a link was e-mailed)");
    }

    static PasswordStart temporary(String password) {
        return new PasswordStart(
                "temporary-password",
                null,
                password,
                "系统未配置邮件发送，已生成一次性密码，请当面或电话告知本人；首次登录须修改密码 "
                        + "(no mail server: a one-time password was made; it must be changed at first sign-in)");
    }
}
