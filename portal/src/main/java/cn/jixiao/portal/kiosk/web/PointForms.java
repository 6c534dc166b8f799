package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.kiosk.KioskAccess;
import cn.jixiao.portal.kiosk.PointStatus;
import cn.jixiao.portal.kiosk.ServicePoint;
import cn.jixiao.portal.kiosk.service.KioskOptions;
import cn.jixiao.portal.kiosk.web.DeviceList.Option;
import cn.jixiao.portal.region.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;

/** The forms of the point pages: new point, edit, status moves; only for those who keep the inventory. */
@ApplicationScoped
public class PointForms {
    @Inject
    KioskAccess access;

    @Inject
    KioskOptions options;

    @Inject
    Today today;

    /** For one point: the next statuses and the departments, its keeper selected. */
    @Transactional
    public PointActions actions(ServicePoint point) {
        if (!access.canEditInventory()) {
            return new PointActions(false, List.of(), List.of(), today.get());
        }
        List<Option> next = Arrays.stream(PointStatus.values())
                .filter(point.status::canMoveTo)
                .map(s -> new Option(s.name(), s.label, false))
                .toList();
        return new PointActions(true, next, options.departments(point.responsibleDepartmentId), today.get());
    }

    /** For the 新建服务点 form of the list. */
    @Transactional
    public PointActions creation() {
        if (!access.canEditInventory()) {
            return new PointActions(false, List.of(), List.of(), today.get());
        }
        return new PointActions(true, List.of(), options.departments(null), today.get());
    }
}
