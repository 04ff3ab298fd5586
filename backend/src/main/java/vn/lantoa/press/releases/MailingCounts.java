package vn.lantoa.press.releases;

/** A mailing's recipients by state: queued counts those claimed and waiting for a retry; failed counts unconfirmed too. */
public record MailingCounts(long queued, long sent, long failed) {

    public long total() {
        return queued + sent + failed;
    }
}
