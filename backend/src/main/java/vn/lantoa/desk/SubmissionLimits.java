package vn.lantoa.desk;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Per-address and per-unit limits of the public form. The address is the one ClientAddress resolved (forwarding
 * headers believed from trusted proxies only), so a client cannot dodge its limit by writing its own X-Forwarded-For.
 * A refused attempt costs the unit nothing: the unit's bucket is only asked once the address's allowed it.
 */
@Singleton
class SubmissionLimits {

    private final DeskSettings settings;
    private final Cache<String, Bucket> byAddress = Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(2, TimeUnit.HOURS).build();
    private final Cache<Long, Bucket> byUnit = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(2, TimeUnit.HOURS).build();

    SubmissionLimits(DeskSettings settings) {
        this.settings = settings;
    }

    boolean tryAcquire(String address, long unitId) {
        Bucket client = byAddress.get(address, k -> hourly(settings.getPerAddressPerHour()));
        if (!client.tryConsume(1)) {
            return false;
        }
        return byUnit.get(unitId, k -> hourly(settings.getPerUnitPerHour())).tryConsume(1);
    }

    private static Bucket hourly(int perHour) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(perHour).refillGreedy(perHour, Duration.ofHours(1)).build()).build();
    }
}
