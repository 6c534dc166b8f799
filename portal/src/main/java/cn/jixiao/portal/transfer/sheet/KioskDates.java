package cn.jixiao.portal.transfer.sheet;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for kiosk dates is the day in China, whatever zone the server runs in. */
final class KioskDates {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private KioskDates() {
    }

    static LocalDate today() {
        return LocalDate.now(CHINA);
    }
}
