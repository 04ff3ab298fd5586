package vn.lantoa.platform.publication;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

/**
 * Records, in the transaction that changes public content, which units' pages are now out of date. This
 * instance drops its cached pages when the transaction commits; the others read the site_change rows.
 */
@Singleton
public class PublicChanges {

    private final SiteChangeRepository changes;
    private final ApplicationEventPublisher<PublicContentChanged> events;
    private final Clock clock;

    PublicChanges(SiteChangeRepository changes, ApplicationEventPublisher<PublicContentChanged> events, Clock clock) {
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void changed(long unitId) {
        SiteChange saved = changes.save(new SiteChange(null, unitId, clock.instant()));
        events.publishEvent(new PublicContentChanged(unitId, saved.id()));
    }

    /** Names, addresses or the tree changed: every site's pages (directories, breadcrumbs, links) may be out of date. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void changedAll() {
        changed(PublicContentChanged.ALL_UNITS);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void changed(Collection<Long> unitIds) {
        // One batch of rows: an emergency notice to every school of a province changes thousands of sites at once.
        Instant now = clock.instant();
        java.util.List<SiteChange> rows = unitIds.stream().distinct().map(id -> new SiteChange(null, id, now)).toList();
        if (rows.isEmpty()) {
            return;
        }
        for (SiteChange saved : changes.saveAll(rows)) {
            events.publishEvent(new PublicContentChanged(saved.unitId(), saved.id()));
        }
    }
}
