package vn.lantoa.desk;

import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.mail.OutgoingMail;
import vn.lantoa.platform.time.VietnamTime;

/** The mails a citizen gets from the desk, in Vietnamese, as plain text (the citizen's words are never HTML here). */
@Singleton
class DeskMails {

    private final Translator vi;

    DeskMails(Languages languages) {
        this.vi = languages.vietnamese();
    }

    OutgoingMail received(DeskCase c, String unitName, String followLink) {
        return new OutgoingMail(c.citizenEmail(), vi.t("desk.mail.received.subject", c.code(), unitName),
                vi.t("desk.mail.received.body", unitName, c.code(), VietnamTime.dateTime(c.receivedAt()), vi.t(c.topic().labelKey()), followLink,
                        c.message()), null);
    }

    OutgoingMail answered(DeskCase c, String unitName) {
        return new OutgoingMail(c.citizenEmail(), vi.t("desk.mail.answered.subject", c.code(), unitName),
                vi.t("desk.mail.answered.body", unitName, c.code(), VietnamTime.dateTime(c.receivedAt()), c.answerText(), c.message()), null);
    }

    OutgoingMail infoRequested(DeskCase c, String unitName, String question, String followLink) {
        return new OutgoingMail(c.citizenEmail(), vi.t("desk.mail.infoRequested.subject", c.code(), unitName),
                vi.t("desk.mail.infoRequested.body", unitName, c.code(), VietnamTime.dateTime(c.receivedAt()), question, followLink, c.message()), null);
    }
}
