package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.dto.KioskSettingsView;
import cn.jixiao.portal.kiosk.service.KioskOptions;
import cn.jixiao.portal.kiosk.service.KioskSettingsService;
import cn.jixiao.portal.kiosk.web.DeviceList.Option;
import cn.jixiao.portal.me.MeService;
import cn.jixiao.portal.me.MeView;
import cn.jixiao.portal.region.CalendarDayKind;
import cn.jixiao.portal.region.Today;
import cn.jixiao.portal.region.WorkingCalendarService;
import cn.jixiao.portal.region.WorkingCalendarView;
import cn.jixiao.portal.security.SignedInUser;
import cn.jixiao.portal.web.FiscalYear;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * The region's working calendar of a year (holidays and worked weekend days, which move acceptance
 * deadlines) and the network sign-off unit: read by everyone, set by the region's admin and the
 * finance reviewer through the settings API.
 */
@Path("/kiosks/calendar")
@Produces(MediaType.TEXT_HTML)
public class KioskCalendarPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(
                MeView me,
                WorkingCalendarView calendar,
                List<Option> kinds,
                KioskSettingsView settings,
                List<Option> departments,
                boolean canEdit);
    }

    @Inject
    WorkingCalendarService calendars;

    @Inject
    KioskSettingsService settings;

    @Inject
    KioskOptions options;

    @Inject
    KioskAccess access;

    @Inject
    Today today;

    @Inject
    SignedInUser user;

    @Inject
    MeService me;

    @GET
    public TemplateInstance get(@QueryParam("year") @FiscalYear String year) {
        int y = year == null ? today.get().getYear() : Integer.parseInt(year);
        boolean canEdit = access.access().keepsRegionSettings();
        KioskSettingsView current = settings.current();
        List<Option> kinds = Arrays.stream(CalendarDayKind.values())
                .map(k -> new Option(k.name(), k.label, false))
                .toList();
        return Templates.calendar(
                me.describe(user.get()),
                calendars.year(y),
                kinds,
                current,
                canEdit ? options.departments(current.networkSignOffDepartmentId()) : List.of(),
                canEdit);
    }
}
