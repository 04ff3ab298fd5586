package vn.lantoa.platform.storage;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;

import java.util.Map;

/** /health shows "s3": UP when the bucket answers a HEAD request. */
@Singleton
@Readiness
class S3HealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final ObjectStorage storage;

    S3HealthIndicator(ObjectStorage storage) {
        this.storage = storage;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        try {
            storage.checkReachable();
            healthStatus = HealthStatus.UP;
            return Map.of("bucket", storage.bucket());
        } catch (RuntimeException e) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("bucket", storage.bucket(), "error", String.valueOf(e.getMessage()));
        }
    }

    @Override
    protected String getName() {
        return "s3";
    }
}
