package cn.jixiao.portal.kiosk;

import java.time.LocalDate;
import java.time.ZoneId;

/** Kiosk dates are the regions' own days: today is today in China, whatever the server's zone. */
public final class KioskDates {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private KioskDates() {
    }

    public static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
