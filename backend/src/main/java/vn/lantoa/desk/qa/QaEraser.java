package vn.lantoa.desk.qa;

import jakarta.inject.Singleton;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.privacy.PersonalDataEraser;

/**
 * A Q&A prepared from a case keeps, for its reviewer, the list of what the stripping took out: the citizen's name,
 * phones and addresses. That list goes when the case's personal data does. The question and answer stay as the head
 * wrote and reviewed them on the Q&A form; a published one is the unit's public text, not the case's.
 */
@Singleton
class QaEraser implements PersonalDataEraser {

    private final QaRepository qas;

    QaEraser(QaRepository qas) {
        this.qas = qas;
    }

    @Override
    public void erase(DeskCase closedCase) {
        qas.forgetRemoved$WithoutTenancy(closedCase.id());
    }
}
