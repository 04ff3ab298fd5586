package vn.lantoa.platform.health;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.SynchronousTransactionManager;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.mail.OutgoingMail;

import java.sql.Connection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A request that stays in flight until the test lets it go, then stores a row: only in the contexts of ShutdownDrainTest
 * (which set lantoa.test.slow-request), so no other test's router has it.
 */
@Controller("/api/test-slow")
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = "lantoa.test.slow-request", value = "true")
class SlowRequestController {

    static volatile CountDownLatch entered = new CountDownLatch(1);
    static volatile CountDownLatch release = new CountDownLatch(1);

    private final MailOutbox outbox;
    private final SynchronousTransactionManager<Connection> tx;

    SlowRequestController(MailOutbox outbox, SynchronousTransactionManager<Connection> tx) {
        this.outbox = outbox;
        this.tx = tx;
    }

    @Post("/{tag}")
    HttpResponse<String> slow(String tag) throws InterruptedException {
        entered.countDown();
        if (!release.await(60, TimeUnit.SECONDS)) {
            return HttpResponse.serverError("never released");
        }
        tx.executeWrite(status -> {
            outbox.enqueue(new OutgoingMail("cham-" + tag + "@example.vn", "Lưu trong lúc dừng " + tag, "Đã lưu", null));
            return null;
        });
        return HttpResponse.ok("stored");
    }
}
