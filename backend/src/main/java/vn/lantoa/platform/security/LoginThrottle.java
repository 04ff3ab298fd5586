package vn.lantoa.platform.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import io.github.bucket4j.mysql.MySQLSelectForUpdateBasedProxyManager;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import vn.lantoa.platform.jobs.SchedulerLocks;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Slows password guessing from one address, whatever emails it tries (the per-account lock in people handles one
 * account attacked from many addresses). The count is kept in the database (login_limit), so it holds across all the
 * instances behind the load balancer: three instances do not allow three times the tries.
 */
@Singleton
public class LoginThrottle {

    private final MySQLSelectForUpdateBasedProxyManager<String> buckets;
    private final DataSource dataSource;
    private final SchedulerLocks locks;
    private final Clock clock;
    private final Supplier<BucketConfiguration> configuration;
    /** The limit is part of the key: a new limit starts new buckets rather than inheriting ones built for the old figure. */
    private final String prefix;

    LoginThrottle(SecuritySettings settings, DataSource dataSource, DataSourceResolver resolver, SchedulerLocks locks, Clock clock) {
        int perMinute = settings.getLoginAttemptsPerMinute();
        this.locks = locks;
        this.clock = clock;
        // Its own connections and commits, like ShedLock: never the caller's transaction.
        this.dataSource = resolver.resolve(dataSource);
        this.prefix = perMinute + "/min:";
        this.buckets = Bucket4jMySQL.selectForUpdateBasedBuilder(this.dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("login_limit")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .clientClock(new ClockMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        BucketConfiguration config = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
        this.configuration = () -> config;
    }

    /** False when this address has used up its attempts for now. */
    public boolean tryAcquire(String clientAddress) {
        String key = prefix + clientAddress;
        return buckets.builder().build(key.length() <= 120 ? key : key.substring(0, 120), configuration).tryConsume(1);
    }

    /** Addresses that stopped trying long ago leave nothing behind. */
    @Scheduled(fixedDelay = "10m", initialDelay = "7m")
    void forgetOld() {
        locks.runExclusively("login-limit-purge", Duration.ofMinutes(10), this::removeExpired);
    }

    int removeExpired() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM login_limit WHERE expires_at < ? LIMIT 10000")) {
            ps.setLong(1, clock.millis());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** bucket4j reads the application's clock, like every rule. */
    private record ClockMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
