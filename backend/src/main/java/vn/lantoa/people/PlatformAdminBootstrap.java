package vn.lantoa.people;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.jobs.SchedulerLocks;
import vn.lantoa.platform.text.Emails;

import java.time.Duration;

/**
 * A new installation has nobody to sign in as. With LANTOA_BOOTSTRAP_ADMIN_EMAIL set, the first start invites
 * that address as platform admin (a mail with a link to set the password); later starts leave it alone, and so do
 * the other instances of a first start.
 */
@Singleton
@Requires(property = "lantoa.bootstrap.admin-email", pattern = ".+")
class PlatformAdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformAdminBootstrap.class);
    private final Invitations invitations;
    private final SchedulerLocks locks;
    private final String email;

    PlatformAdminBootstrap(Invitations invitations, SchedulerLocks locks, @Value("${lantoa.bootstrap.admin-email}") String email) {
        this.invitations = invitations;
        this.locks = locks;
        this.email = Emails.normalize(email);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!Emails.isValid(email)) {
            LOG.error("LANTOA_BOOTSTRAP_ADMIN_EMAIL is not a valid email address: {}", email);
            return;
        }
        // Several instances starting together on a new database: one invites, the others find the account (or the lock) and pass.
        locks.runExclusively("platform-admin-bootstrap", Duration.ofMinutes(1), () -> {
            if (invitations.invitePlatformAdmin(email)) {
                LOG.info("Invited {} as platform admin; the invitation mail has the link to set a password", email);
            }
        });
    }
}
