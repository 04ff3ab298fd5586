package vn.lantoa.people;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.platform.text.Emails;

/**
 * A new installation has nobody to sign in as. With LANTOA_BOOTSTRAP_ADMIN_EMAIL set, the first start invites
 * that address as platform admin (a mail with a link to set the password); later starts leave it alone.
 */
@Singleton
@Requires(property = "lantoa.bootstrap.admin-email", pattern = ".+")
class PlatformAdminBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformAdminBootstrap.class);
    private final Invitations invitations;
    private final String email;

    PlatformAdminBootstrap(Invitations invitations, @Value("${lantoa.bootstrap.admin-email}") String email) {
        this.invitations = invitations;
        this.email = Emails.normalize(email);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!Emails.isValid(email)) {
            LOG.error("LANTOA_BOOTSTRAP_ADMIN_EMAIL is not a valid email address: {}", email);
            return;
        }
        if (invitations.invitePlatformAdmin(email)) {
            LOG.info("Invited {} as platform admin; the invitation mail has the link to set a password", email);
        }
    }
}
