package vn.lantoa.notice;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.mail.OutgoingMail;
import vn.lantoa.platform.time.VietnamTime;

/** The mail of a notice and of its reminder, in Vietnamese, linking to the reader's own unit's notices. */
@Singleton
class NoticeMails {

    private final Translator vi;
    private final String baseUrl;

    NoticeMails(Languages languages, @Value("${lantoa.base-url}") String baseUrl) {
        this.vi = languages.vietnamese();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    OutgoingMail notice(NoticeAudience.Recipient to, Notice notice, String fromUnit, boolean reminder) {
        String kind = vi.t(notice.kind().labelKey());
        String subject = vi.t(reminder ? "notice.mail.reminderSubject" : "notice.mail.subject", vi.t(notice.severity().labelKey()), kind, notice.title());
        String text = vi.t(reminder ? "notice.mail.reminderBody" : "notice.mail.body", fromUnit, notice.title(), notice.body(),
                VietnamTime.dateTime(notice.expiresAt()), baseUrl + "/admin/u/" + to.unitId() + "/notices#notice-" + notice.id());
        return new OutgoingMail(to.email(), subject, text, null);
    }
}
