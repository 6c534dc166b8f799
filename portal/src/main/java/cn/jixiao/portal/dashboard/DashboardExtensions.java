package cn.jixiao.portal.dashboard;

import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.security.Roles;
import io.quarkus.qute.TemplateExtension;

/** What the navigation needs to know about the signed-in user. */
@TemplateExtension
public class DashboardExtensions {
    private DashboardExtensions() {}

    /** {me.readsWholeRegion}: finance reviewers and region admins see the region's dashboard. */
    static boolean readsWholeRegion(MeView me) {
        return me.tenant() != null && Roles.readsWholeRegion(me.roles());
    }
}
