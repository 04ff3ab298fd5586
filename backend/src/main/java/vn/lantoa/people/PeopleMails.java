package vn.lantoa.people;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.mail.OutgoingMail;
import vn.lantoa.platform.time.VietnamTime;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** The texts of the mails people receive from Lantoa, in Vietnamese. */
@Singleton
class PeopleMails {

    private final Translator vi;
    private final String baseUrl;
    private final java.time.Clock clock;

    PeopleMails(Languages languages, @Value("${lantoa.base-url}") String baseUrl, java.time.Clock clock) {
        this.clock = clock;
        this.vi = languages.vietnamese();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    OutgoingMail invitation(String to, String fullName, String unitName, String roleLabelKey, String inviterName, String token, Instant expires) {
        String link = baseUrl + "/invitation?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String role = vi.t(roleLabelKey);
        String text = vi.t("mail.invitation.body", fullName, inviterName, unitName, role, link, VietnamTime.dateTime(expires));
        return new OutgoingMail(to, vi.t("mail.invitation.subject", unitName), text, null);
    }

    OutgoingMail platformInvitation(String to, String token, Instant expires) {
        String link = baseUrl + "/invitation?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return new OutgoingMail(to, vi.t("mail.platformInvitation.subject"),
                vi.t("mail.platformInvitation.body", link, VietnamTime.dateTime(expires)), null);
    }

    OutgoingMail newRole(String to, String fullName, String unitName, String roleLabelKey, String inviterName) {
        String text = vi.t("mail.newRole.body", fullName, inviterName, unitName, vi.t(roleLabelKey), baseUrl + "/login");
        return new OutgoingMail(to, vi.t("mail.newRole.subject", unitName), text, null);
    }

    OutgoingMail passwordReset(String to, String fullName, String token, Instant expires) {
        String link = baseUrl + "/password/reset?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        String text = vi.t("mail.reset.body", fullName, link, VietnamTime.dateTime(expires));
        return new OutgoingMail(to, vi.t("mail.reset.subject"), text, null);
    }

    OutgoingMail passwordChanged(String to, String fullName) {
        return new OutgoingMail(to, vi.t("mail.passwordChanged.subject"),
                vi.t("mail.passwordChanged.body", fullName, VietnamTime.dateTime(clock.instant()), baseUrl + "/password/forgot"), null);
    }
}
