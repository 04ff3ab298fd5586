package vn.lantoa.press.releases;

/**
 * Where one recipient's mail stands. SENDING rows are claimed by a run; UNCONFIRMED is what a run that died leaves of
 * the row it had on the wire: it may have arrived, so only a person sends it again (see ReleaseDeliveryJob).
 */
enum DeliveryStatus {
    QUEUED,
    SENDING,
    SENT,
    FAILED,
    UNCONFIRMED;

    String labelKey() {
        return "press.releases.status." + name();
    }
}
