package vn.lantoa.platform.security;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.testing.TestClock;
import vn.lantoa.testing.TestServers;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances (two application contexts on one database) count one address's sign-in tries together. */
@MicronautTest(transactional = false)
@Property(name = "lantoa.security.login-attempts-per-minute", value = "5")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedLoginLimitTest {

    @Inject
    LoginThrottle here;
    @Inject
    TestClock clock;

    ApplicationContext second;

    @BeforeAll
    void secondInstance() {
        second = ApplicationContext.run(Map.of("micronaut.server.port", -1, "lantoa.security.login-attempts-per-minute", 5), "test");
    }

    @AfterAll
    void stopSecondInstance() {
        second.close();
    }

    @Test
    void triesSplitBetweenTwoInstancesStopAtTheLimitInTotal() {
        LoginThrottle there = second.getBean(LoginThrottle.class);
        String address = "203.0.113." + (UUID.randomUUID().hashCode() & 0xff) + "-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(here.tryAcquire(address)).isTrue();
        assertThat(there.tryAcquire(address)).isTrue();
        assertThat(here.tryAcquire(address)).isTrue();
        assertThat(there.tryAcquire(address)).isTrue();
        assertThat(here.tryAcquire(address)).isTrue();

        assertThat(there.tryAcquire(address)).as("the sixth try, on the instance that saw only two").isFalse();
        assertThat(here.tryAcquire(address)).isFalse();
        assertThat(there.tryAcquire("198.51.100.7-" + address)).as("another address has its own count").isTrue();
    }

    @Test
    void theRowsOfAddressesThatStoppedTryingAreDeletedOnceTheirBucketWouldBeFull() {
        String address = "192.0.2.9-" + UUID.randomUUID().toString().substring(0, 6);
        here.tryAcquire(address);
        String row = "SELECT COUNT(*) FROM login_limit WHERE id = '5/min:" + address + "'";
        assertThat(TestServers.value(row)).isEqualTo("1");

        clock.freezeAt(clock.instant().plus(Duration.ofMinutes(5)));
        try {
            here.removeExpired();
        } finally {
            clock.reset();
        }
        assertThat(TestServers.value(row)).isEqualTo("0");
    }
}
