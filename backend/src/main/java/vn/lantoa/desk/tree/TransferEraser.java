package vn.lantoa.desk.tree;

import jakarta.inject.Singleton;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.privacy.PersonalDataEraser;

/**
 * The reason an officer gave for forwarding a case often retells the citizen's message: it goes with the case's other
 * texts when the retention period ends. Which units the case went through, and when, stays.
 */
@Singleton
class TransferEraser implements PersonalDataEraser {

    private final TransferRepository transfers;

    TransferEraser(TransferRepository transfers) {
        this.transfers = transfers;
    }

    @Override
    public void erase(DeskCase closedCase) {
        transfers.eraseReasons(closedCase.id(), ERASED_TEXT);
    }
}
