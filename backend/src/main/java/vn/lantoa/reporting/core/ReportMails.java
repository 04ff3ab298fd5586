package vn.lantoa.reporting.core;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.mail.OutgoingMail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Mails about reports, in Vietnamese: returns, reminders and the late digest. */
@Singleton
public class ReportMails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final Translator vi;
    private final String baseUrl;

    ReportMails(Languages languages, @Value("${lantoa.base-url}") String baseUrl) {
        this.vi = languages.vietnamese();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public OutgoingMail returned(String to, String unitName, String recipientName, String title, String period, String reason, String path) {
        return new OutgoingMail(to, vi.t("mail.reportReturned.subject", recipientName, title),
                vi.t("mail.reportReturned.body", unitName, recipientName, title, period, reason, baseUrl + path), null);
    }

    public OutgoingMail reminder(String to, String unitName, String recipientName, String title, String period, LocalDate due, String rule, String path) {
        return new OutgoingMail(to, vi.t("mail.reportReminder.subject", title, period, DAY.format(due)),
                vi.t("mail.reportReminder.body", unitName, recipientName, title, period, DAY.format(due), rule, baseUrl + path), null);
    }

    public OutgoingMail overdue(String to, String unitName, String recipientName, String title, String period, LocalDate due, String path) {
        return new OutgoingMail(to, vi.t("mail.reportOverdue.subject", title, period),
                vi.t("mail.reportOverdue.body", unitName, recipientName, title, period, DAY.format(due), baseUrl + path), null);
    }

    public OutgoingMail incident(String to, String unitName, String senderName, String title, String when, String summary, String path) {
        return new OutgoingMail(to, vi.t("mail.incident.subject", senderName, when),
                vi.t("mail.incident.body", unitName, senderName, title, when, summary, baseUrl + path), null);
    }

    public OutgoingMail digest(String to, String recipientName, String title, String period, LocalDate due, String lateUnits, String path) {
        return new OutgoingMail(to, vi.t("mail.reportDigest.subject", title, period),
                vi.t("mail.reportDigest.body", recipientName, title, period, DAY.format(due), lateUnits, baseUrl + path), null);
    }
}
