package cn.jixiao.portal.region;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date where the regions are: a lifecycle date "in the future" is judged in China's time zone. */
@ApplicationScoped
public class Today {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Clock clock = Clock.system(CHINA);

    public LocalDate get() {
        return LocalDate.now(clock);
    }

    /** The same day, for code that is not a bean (the import sheets). */
    public static LocalDate inChina() {
        return LocalDate.now(CHINA);
    }
}
