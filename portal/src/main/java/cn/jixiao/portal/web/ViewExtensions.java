package cn.jixiao.portal.web;

import cn.jixiao.portal.security.Roles;
import io.quarkus.qute.TemplateExtension;

/** Values the templates compute for display. */
@TemplateExtension
public class ViewExtensions {
    private ViewExtensions() {
    }

    /** {role.roleLabel}: the Chinese name of a realm role. */
    static String roleLabel(String role) {
        return Roles.label(role);
    }
}
