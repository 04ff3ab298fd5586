package vn.lantoa.desk.digest;

import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.SlaClock;
import vn.lantoa.people.MemberRow;
import vn.lantoa.people.UserRepository;
import vn.lantoa.people.UserStatus;
import vn.lantoa.platform.jobs.SchedulerLocks;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.sql.Connection;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every morning (from lantoa.desk.digest-hour, default 7:00 Vietnam time) each unit's committee heads get one mail with
 * the cases that are overdue or due within one working day, each with its link. A unit with none gets no mail. The job
 * looks every quarter hour on one instance (ShedLock); the unit's row in desk_digest_sent, written in the transaction
 * that queues the mails, makes a second run that day, on this instance or another, send nothing.
 */
@Singleton
public class DeskDigestJob {

    private static final Logger LOG = LoggerFactory.getLogger(DeskDigestJob.class);

    private final DigestCases cases;
    private final SlaClock sla;
    private final UserRepository users;
    private final UnitRefRepository units;
    private final DigestMails mails;
    private final MailOutbox outbox;
    private final JdbcOperations jdbc;
    private final SchedulerLocks locks;
    private final SynchronousTransactionManager<Connection> tx;
    private final Clock clock;
    private final LocalTime sendFrom;

    DeskDigestJob(DigestCases cases, SlaClock sla, UserRepository users, UnitRefRepository units, DigestMails mails, MailOutbox outbox,
                  JdbcOperations jdbc, SchedulerLocks locks, SynchronousTransactionManager<Connection> tx, Clock clock,
                  @Value("${lantoa.desk.digest-hour:7}") int digestHour) {
        this.cases = cases;
        this.sla = sla;
        this.users = users;
        this.units = units;
        this.mails = mails;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.locks = locks;
        this.tx = tx;
        this.clock = clock;
        this.sendFrom = LocalTime.of(Math.max(0, Math.min(23, digestHour)), 0);
    }

    @Scheduled(fixedDelay = "${lantoa.desk.digest-interval:15m}", initialDelay = "${lantoa.desk.digest-initial-delay:1m}")
    void onSchedule() {
        locks.runExclusively("desk-digest", Duration.ofMinutes(30), this::run);
    }

    /** A case of the digest: overdue, or due within one working day. */
    public record Late(DeskCase deskCase, SlaClock.Sla sla) {
    }

    /** Sends today's digests not sent yet; returns how many mails were queued. */
    public int run() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(VietnamTime.ZONE);
        if (local.toLocalTime().isBefore(sendFrom)) {
            return 0;
        }
        LocalDate today = local.toLocalDate();
        // One working day from now, as the SLA clock counts it (its acknowledgement period is that one day).
        Instant soon = sla.acknowledgeDue(now);
        Map<Long, List<Late>> byUnit = new LinkedHashMap<>();
        for (DeskCase c : cases.owed$WithoutTenancy(soon)) {
            SlaClock.Sla s = sla.of(c, now);
            if (s != null && (s.overdue() || !s.due().isAfter(soon))) {
                byUnit.computeIfAbsent(c.unitId(), k -> new ArrayList<>()).add(new Late(c, s));
            }
        }
        int sent = 0;
        for (Map.Entry<Long, List<Late>> e : byUnit.entrySet()) {
            try {
                sent += send(e.getKey(), e.getValue(), today, now);
            } catch (RuntimeException ex) {
                LOG.error("The desk digest of unit {} failed", e.getKey(), ex);
            }
        }
        return sent;
    }

    private int send(long unitId, List<Late> late, LocalDate today, Instant now) {
        List<MemberRow> heads = users.findMembersOf(unitId).stream()
                .filter(m -> m.status() == UserStatus.ACTIVE && m.email() != null && m.roleList().contains(Role.COMMITTEE_HEAD)).toList();
        if (heads.isEmpty()) {
            // Not claimed: a head named later in the day still gets today's digest.
            return 0;
        }
        UnitRef unit = units.findById(unitId).orElse(null);
        if (unit == null) {
            return 0;
        }
        return tx.executeWrite(status -> {
            if (!claim(unitId, today, now, late.size())) {
                return 0;
            }
            for (MemberRow head : heads) {
                outbox.enqueue(mails.digest(head.email(), unit, late, today, now));
            }
            return heads.size();
        });
    }

    private boolean claim(long unitId, LocalDate day, Instant now, int count) {
        return jdbc.prepareStatement("INSERT IGNORE INTO desk_digest_sent (unit_id, day, sent_at, cases) VALUES (?, ?, ?, ?)", ps -> {
            ps.setLong(1, unitId);
            ps.setDate(2, Date.valueOf(day));
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setInt(4, count);
            return ps.executeUpdate() == 1;
        });
    }
}
