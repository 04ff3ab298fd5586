package vn.lantoa.desk.attach;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.jobs.SchedulerLocks;
import vn.lantoa.platform.storage.ObjectStorage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes objects under desk/ that no desk_case_attachment row points to. A citizen's files are written to the bucket
 * before the transaction that records the case (see {@link DeskAttachments}); when the application dies between the two,
 * or a discard fails, the object stays with nothing to read or erase it. Only objects older than
 * lantoa.desk.attachment-orphan-age (default one day) are candidates, measured by the application's clock against the
 * object's LastModified, so a submission in flight is never touched. Runs nightly on one instance.
 */
@Singleton
class AttachmentOrphanSweeper {

    static final String PREFIX = "desk/";
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentOrphanSweeper.class);
    private static final int BATCH = 500;

    private final ObjectStorage storage;
    private final DeskAttachmentRepository rows;
    private final SchedulerLocks locks;
    private final Clock clock;
    private final Duration safeAge;

    AttachmentOrphanSweeper(ObjectStorage storage, DeskAttachmentRepository rows, SchedulerLocks locks, Clock clock,
                            @Value("${lantoa.desk.attachment-orphan-age:1d}") Duration safeAge) {
        this.storage = storage;
        this.rows = rows;
        this.locks = locks;
        this.clock = clock;
        // A form takes seconds from the upload to the commit; an hour's floor keeps a mistyped setting from racing it.
        this.safeAge = safeAge.compareTo(Duration.ofHours(1)) < 0 ? Duration.ofHours(1) : safeAge;
    }

    @Scheduled(cron = "${lantoa.desk.attachment-sweep-cron:0 47 2 * * *}", zoneId = "Asia/Ho_Chi_Minh")
    void onSchedule() {
        locks.runExclusively("desk-attachment-orphans", Duration.ofHours(1), this::sweep);
    }

    /** Deletes the orphans older than the safe age now; returns how many. */
    int sweep() {
        Instant olderThan = clock.instant().minus(safeAge);
        List<String> candidates = new ArrayList<>();
        int[] deleted = {0};
        // Deleted a batch at a time while listing: the listing's pages go on from the last key read, which a delete behind
        // it does not move, and a bucket of millions of files never sits in memory.
        storage.forEachObject(PREFIX, object -> {
            if (object.lastModified().isBefore(olderThan)) {
                candidates.add(object.key());
                if (candidates.size() == BATCH) {
                    deleted[0] += deleteOrphans(candidates);
                    candidates.clear();
                }
            }
        });
        deleted[0] += deleteOrphans(candidates);
        if (deleted[0] > 0) {
            LOG.info("Deleted {} desk attachment objects that no case recorded", deleted[0]);
        }
        return deleted[0];
    }

    private int deleteOrphans(List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        Set<String> recorded = new HashSet<>(rows.existingKeys$WithoutTenancy(keys));
        int n = 0;
        for (String key : keys) {
            if (!recorded.contains(key)) {
                storage.delete(key);
                n++;
            }
        }
        return n;
    }
}
