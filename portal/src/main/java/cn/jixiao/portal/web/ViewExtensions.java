package cn.jixiao.portal.web;

import cn.jixiao.portal.security.Roles;
import io.quarkus.qute.TemplateExtension;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Values the templates compute for display. */
@TemplateExtension
public class ViewExtensions {
    private ViewExtensions() {}

    /** {role.roleLabel}: the Chinese name of a realm role. */
    static String roleLabel(String role) {
        return Roles.label(role);
    }

    /** {day.weekday}: the Chinese day of the week, e.g. 周六. */
    static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.CHINA);
    }
}
