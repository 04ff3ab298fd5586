package vn.lantoa.sharing;

import jakarta.inject.Singleton;

import java.util.List;

/** Shared items as the receiving unit's public site shows them. */
@Singleton
public class ShareReads {

    private final ShareRepository shares;

    ShareReads(ShareRepository shares) {
        this.shares = shares;
    }

    public List<ReceivedItem> received(long unitId, int limit) {
        return shares.findReceived(unitId, limit);
    }
}
