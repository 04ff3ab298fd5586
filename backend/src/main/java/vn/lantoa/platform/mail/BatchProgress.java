package vn.lantoa.platform.mail;

import io.micronaut.serde.annotation.Serdeable;

/** Where the mail of one batch stands: still queued (including retries), sent, or given up after every attempt. */
@Serdeable
public record BatchProgress(long queued, long sent, long failed) {

    public long total() {
        return queued + sent + failed;
    }

    public boolean finished() {
        return queued == 0;
    }
}
