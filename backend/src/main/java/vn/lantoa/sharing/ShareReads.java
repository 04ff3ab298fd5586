package vn.lantoa.sharing;

import jakarta.inject.Singleton;

import java.util.List;

/** Shared items as the receiving unit's public site shows them, and stories from below still to be decided. */
@Singleton
public class ShareReads {

    private final ShareRepository shares;
    private final StoryRepository stories;

    ShareReads(ShareRepository shares, StoryRepository stories) {
        this.shares = shares;
        this.stories = stories;
    }

    /** Stories sent up by units below that wait for this unit's decision. */
    public long pendingStories(long unitId) {
        return stories.countByToUnitIdAndStatus(unitId, Story.Status.PENDING);
    }

    public List<ReceivedItem> received(long unitId, int limit) {
        return shares.findReceived(unitId, limit);
    }
}
