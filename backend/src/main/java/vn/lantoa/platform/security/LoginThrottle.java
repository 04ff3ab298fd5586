package vn.lantoa.platform.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing from one address, whatever emails it tries (the per-account lock in people
 * handles one account attacked from many addresses). In memory: each instance counts its own traffic.
 */
@Singleton
public class LoginThrottle {

    private static final int MAX_TRACKED = 100_000;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;

    LoginThrottle(SecuritySettings settings) {
        this.perMinute = settings.getLoginAttemptsPerMinute();
    }

    /** False when this address has used up its attempts for now. */
    public boolean tryAcquire(String clientAddress) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        Bucket bucket = buckets.computeIfAbsent(clientAddress, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        return bucket.tryConsume(1);
    }
}
