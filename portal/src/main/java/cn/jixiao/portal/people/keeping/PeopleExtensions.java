package cn.jixiao.portal.people.keeping;

import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.security.Roles;
import io.quarkus.qute.TemplateExtension;

@TemplateExtension
class PeopleExtensions {
    /** {me.seesPeople}: the region's admin and finance reviewers see who holds which role. */
    static boolean seesPeople(MeView me) {
        return me.tenant() != null
                && (me.roles().contains(Roles.TENANT_ADMIN) || me.roles().contains(Roles.FINANCE_REVIEWER));
    }

    /** {me.switchesRegion}: someone of several regions, shown the switcher in the header. */
    static boolean switchesRegion(MeView me) {
        return me.regions() != null && me.regions().size() > 1;
    }
}
