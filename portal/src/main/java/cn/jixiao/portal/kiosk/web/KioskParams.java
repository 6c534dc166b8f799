package cn.jixiao.portal.kiosk.web;

import cn.jixiao.portal.web.QueryParams;

/** The kiosk lists' own filter parameter: a point id, or "none" for the devices standing at no point. */
final class KioskParams {
    private KioskParams() {}

    static String pointFilter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return "none".equals(value) ? value : String.valueOf(QueryParams.id("pointId", value));
    }
}
