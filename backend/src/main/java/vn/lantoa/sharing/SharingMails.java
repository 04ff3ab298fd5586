package vn.lantoa.sharing;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.mail.OutgoingMail;

/** Mails about stories sent up the tree, in Vietnamese. */
@Singleton
class SharingMails {

    private final Translator vi;
    private final String baseUrl;

    SharingMails(Languages languages, @Value("${lantoa.base-url}") String baseUrl) {
        this.vi = languages.vietnamese();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    OutgoingMail storyReceived(String to, String fromUnit, String toUnit, String title, long toUnitId, long storyId) {
        return new OutgoingMail(to, vi.t("mail.storyReceived.subject", fromUnit),
                vi.t("mail.storyReceived.body", toUnit, fromUnit, title, baseUrl + "/admin/u/" + toUnitId + "/stories/" + storyId), null);
    }

    OutgoingMail storyAccepted(String to, String fromUnit, String toUnit, String title, String publicUrl) {
        return new OutgoingMail(to, vi.t("mail.storyAccepted.subject", toUnit),
                vi.t("mail.storyAccepted.body", fromUnit, toUnit, title, baseUrl + publicUrl), null);
    }

    OutgoingMail storyDeclined(String to, String fromUnit, String toUnit, String title, String reason, long unitId) {
        return new OutgoingMail(to, vi.t("mail.storyDeclined.subject", toUnit),
                vi.t("mail.storyDeclined.body", fromUnit, toUnit, title, reason, baseUrl + "/admin/u/" + unitId + "/stories"), null);
    }
}
