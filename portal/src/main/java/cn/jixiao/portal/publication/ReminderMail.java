package cn.jixiao.portal.publication;

import cn.jixiao.platform.publication.record.Obligation;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Mails a reminder where a mail server is configured (jixiao.publication.reminders.mail); never throws. */
@ApplicationScoped
class ReminderMail {
    @Inject
    ReminderConfig config;

    @Inject
    Mailer mailer;

    boolean enabled() {
        return config.mail();
    }

    /** True when the server took the message. */
    boolean send(String to, Obligation o, long daysLeft) {
        String subject =
                "【绩效公开】" + o.fiscalYear() + "年度" + o.kind().label() + "报告将于 " + o.due() + " 到期（还有 " + daysLeft + " 天）";
        String text = o.departmentName() + "：\n\n"
                + "贵单位 " + o.fiscalYear() + " 年度" + o.kind().label() + "报告尚未公开，公开截止日期为 " + o.due() + "，还有 "
                + daysLeft + " 天。\n"
                + "财政部门规定的截止日期：" + o.bureauDue() + "\n"
                + (o.legalDue() == null ? "" : "法定公开期限（评价审核通过后 20 个工作日，政府信息公开条例第二十六条）：" + o.legalDue() + "\n")
                + "\n请登录绩效管理门户，在「公开情况」中查看并及时发布报告。\n\n"
                + "Reminder: the " + o.fiscalYear() + " " + o.kind().name() + " report is due on " + o.due()
                + " (" + daysLeft + " days left) and is not published yet.\n";
        try {
            mailer.send(Mail.withText(to, subject, text).setFrom(config.from()));
            return true;
        } catch (RuntimeException e) {
            Log.warnf("publication reminder to %s not mailed: %s", to, e.getMessage());
            return false;
        }
    }
}
