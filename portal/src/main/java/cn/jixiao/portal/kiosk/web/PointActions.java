package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.kiosk.web.DeviceList.Option;
import java.time.LocalDate;
import java.util.List;

/**
 * The forms of the point pages for the inventory's editors (the region's admin and department
 * editors): the statuses a point may move to, and the departments that may keep it. {@code edit}
 * false shows no form; the API checks again.
 */
public record PointActions(boolean edit, List<Option> statuses, List<Option> departments, LocalDate today) {}
