package cn.jixiao.portal.publication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How publication reminders go out. */
@ConfigMapping(prefix = "jixiao.publication.reminders")
public interface ReminderConfig {
    /** Whether reminders are also mailed (quarkus.mailer.* names the server); off where no server is configured. */
    @WithDefault("false")
    boolean mail();

    /** The sender of reminder mail. */
    @WithDefault("noreply@jixiao.local")
    String from();

    /** When the daily run starts (China time); "off" disables it (reminders can still be run by a finance reviewer). */
    @WithDefault("0 0 8 * * ?")
    String cron();
}
