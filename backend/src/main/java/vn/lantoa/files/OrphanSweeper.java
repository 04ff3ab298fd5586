package vn.lantoa.files;

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
 * Deletes objects under units/ that no row points to and that are older than a grace period (an upload
 * in flight has its object before its row). Runs nightly on one instance.
 */
@Singleton
public class OrphanSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanSweeper.class);
    static final Duration GRACE = Duration.ofHours(6);
    private static final int BATCH = 500;

    private final ObjectStorage storage;
    private final StoredFileRepository files;
    private final SchedulerLocks locks;
    private final Clock clock;

    OrphanSweeper(ObjectStorage storage, StoredFileRepository files, SchedulerLocks locks, Clock clock) {
        this.storage = storage;
        this.files = files;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(cron = "0 17 2 * * *", zoneId = "Asia/Ho_Chi_Minh")
    void sweepOnSchedule() {
        locks.runExclusively("file-orphan-sweeper", Duration.ofHours(1), () -> sweep(clock.instant().minus(GRACE)));
    }

    /** Deletes orphans last modified before {@code olderThan}; returns how many. */
    public int sweep(Instant olderThan) {
        List<String> candidates = new ArrayList<>();
        int[] deleted = {0};
        storage.forEachObject("units/", object -> {
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
            LOG.info("Deleted {} objects that had no file row", deleted[0]);
        }
        return deleted[0];
    }

    private int deleteOrphans(List<String> keys) {
        if (keys.isEmpty()) {
            return 0;
        }
        // A resized copy belongs to its original: it is an orphan only when the original has no row.
        List<String> originals = keys.stream().map(ImageVariants::originalKey).distinct().toList();
        Set<String> known = new HashSet<>(files.existingKeys$WithoutTenancy(originals));
        int n = 0;
        for (String key : keys) {
            if (!known.contains(ImageVariants.originalKey(key))) {
                storage.delete(key);
                n++;
            }
        }
        return n;
    }
}
