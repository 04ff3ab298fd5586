package vn.lantoa.press.questions;

import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.mail.OutgoingMail;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.UnitRef;

/** Mails about journalists' questions, in Vietnamese and as plain text (journalists' and staff's words are never HTML here). */
@Singleton
class QuestionMails {

    private final Translator vi;

    QuestionMails(Languages languages) {
        this.vi = languages.vietnamese();
    }

    OutgoingMail answer(Question q, UnitRef unit, byte[] pdf) {
        return new OutgoingMail(q.journalistEmail(), vi.t("press.q.mail.answer.subject", unit.name(), q.outletName()),
                vi.t("press.q.mail.answer.body", q.journalistName(), VietnamTime.date(q.receivedOn()), q.answerText(), q.question(), unit.name()), null,
                new OutgoingMail.Attachment(ReplyLetters.fileName(q), "application/pdf", pdf));
    }

    OutgoingMail declined(Question q, UnitRef unit, byte[] pdf) {
        return new OutgoingMail(q.journalistEmail(), vi.t("press.q.mail.declined.subject", unit.name(), q.outletName()),
                vi.t("press.q.mail.declined.body", q.journalistName(), VietnamTime.date(q.receivedOn()), q.answerText(), q.question(), unit.name()), null,
                new OutgoingMail.Attachment(ReplyLetters.fileName(q), "application/pdf", pdf));
    }

    /** kind: REMIND_BEFORE, REMIND_DUE or OVERDUE_HEAD. */
    OutgoingMail reminder(String to, String kind, Question q, UnitRef unit, String link) {
        return new OutgoingMail(to, vi.t("press.q.mail." + kind + ".subject", q.code(), q.outletName(), VietnamTime.date(q.dueOn())),
                vi.t("press.q.mail." + kind + ".body", unit.name(), q.code(), q.outletName(), q.journalistName(), VietnamTime.date(q.receivedOn()),
                        VietnamTime.date(q.dueOn()), q.question(), link), null);
    }
}
