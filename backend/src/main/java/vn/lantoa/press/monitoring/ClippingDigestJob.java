package vn.lantoa.press.monitoring;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.people.MemberRow;
import vn.lantoa.people.UserRepository;
import vn.lantoa.people.UserStatus;
import vn.lantoa.platform.jobs.SchedulerLocks;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.press.PressSettingsReads;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.sql.Connection;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The press digest ("điểm tin báo chí"): from lantoa.press.digest-hour (default 7:00 Vietnam time) each unit's leaders (the
 * committee head, the unit admins, the spokesperson) get one mail with the clippings of the period, grouped by tone then
 * topic: yesterday's for a unit on DAILY (the default), last Monday to Sunday's on Mondays for a unit on WEEKLY, none for
 * OFF. A period without clippings sends nothing. The unit's row in press_clipping_digest, written in the transaction
 * that queues the mails, makes a second run (this instance or another) send nothing for the same period.
 */
@Singleton
public class ClippingDigestJob {

    private static final Logger LOG = LoggerFactory.getLogger(ClippingDigestJob.class);
    private static final Set<Role> LEADERS = Set.of(Role.COMMITTEE_HEAD, Role.UNIT_ADMIN, Role.SPOKESPERSON);

    private final ClippingSearch search;
    private final DigestRecord sent;
    private final PressSettingsReads settings;
    private final UserRepository users;
    private final UnitRefRepository units;
    private final ClippingDigestMail mails;
    private final MailOutbox outbox;
    private final SchedulerLocks locks;
    private final SynchronousTransactionManager<Connection> tx;
    private final Clock clock;
    private final LocalTime sendFrom;

    ClippingDigestJob(ClippingSearch search, DigestRecord sent, PressSettingsReads settings, UserRepository users, UnitRefRepository units,
                      ClippingDigestMail mails, MailOutbox outbox, SchedulerLocks locks, SynchronousTransactionManager<Connection> tx, Clock clock,
                      @Value("${lantoa.press.digest-hour:7}") int digestHour) {
        this.search = search;
        this.sent = sent;
        this.settings = settings;
        this.users = users;
        this.units = units;
        this.mails = mails;
        this.outbox = outbox;
        this.locks = locks;
        this.tx = tx;
        this.clock = clock;
        this.sendFrom = LocalTime.of(Math.max(0, Math.min(23, digestHour)), 0);
    }

    @Scheduled(fixedDelay = "${lantoa.press.digest-interval:15m}", initialDelay = "${lantoa.press.digest-initial-delay:2m}")
    void onSchedule() {
        locks.runExclusively("press-clipping-digest", Duration.ofMinutes(30), this::run);
    }

    /** Sends the digests due now and not sent yet; returns how many mails were queued. */
    public int run() {
        ZonedDateTime local = clock.instant().atZone(VietnamTime.ZONE);
        if (local.toLocalTime().isBefore(sendFrom)) {
            return 0;
        }
        LocalDate today = local.toLocalDate();
        int queued = period("DAILY", today.minusDays(1), today.minusDays(1));
        if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
            queued += period("WEEKLY", today.minusDays(7), today.minusDays(1));
        }
        return queued;
    }

    private int period(String frequency, LocalDate from, LocalDate to) {
        int queued = 0;
        for (long unitId : search.unitsWithClippings$WithoutTenancy(from, to)) {
            if (!frequency.equals(settings.of(unitId).digestFrequency())) {
                continue;
            }
            try {
                queued += send(unitId, frequency, from, to);
            } catch (RuntimeException e) {
                LOG.error("The press digest of unit {} for {} to {} failed", unitId, from, to, e);
            }
        }
        return queued;
    }

    private int send(long unitId, String frequency, LocalDate from, LocalDate to) {
        UnitRef unit = units.findById(unitId).orElse(null);
        if (unit == null || unit.closed()) {
            return 0;
        }
        Map<String, MemberRow> leaders = new LinkedHashMap<>();
        for (MemberRow m : users.findMembersOf(unitId)) {
            if (m.status() == UserStatus.ACTIVE && m.email() != null && m.roleList().stream().anyMatch(LEADERS::contains)) {
                leaders.putIfAbsent(m.email(), m);
            }
        }
        if (leaders.isEmpty()) {
            // Not claimed: a leader named later that day still gets it.
            return 0;
        }
        List<Clipping> clippings = search.ofDays(unitId, from, to);
        if (clippings.isEmpty()) {
            return 0;
        }
        return tx.executeWrite(status -> {
            if (!sent.claim(unitId, frequency, from, to, clippings.size(), leaders.size(), clock.instant())) {
                return 0;
            }
            for (String to2 : leaders.keySet()) {
                outbox.enqueue(mails.digest(to2, unit, clippings, from, to));
            }
            return leaders.size();
        });
    }
}
