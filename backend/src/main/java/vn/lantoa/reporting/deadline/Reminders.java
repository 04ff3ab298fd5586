package vn.lantoa.reporting.deadline;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.PeopleToTell;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.ReportMails;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.tenancy.UnitRef;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends one reminder of a kind per unit and period: the report_reminder row is written first, and only the
 * transaction that wrote it sends the mail. A job run twice, or on two instances, sends nothing twice. The row says
 * whether the reminder reached anyone: a unit with nobody to mail is recorded as such, and a person may try it again
 * the same day once the unit has someone.
 */
@Singleton
@Connectable
class Reminders {

    private static final String MANUAL = "MANUAL:";
    private static final String BEFORE = "BEFORE:";
    private static final String DIGEST = "DIGEST";
    private static final int READ_CHUNK = 1000;
    private final JdbcOperations jdbc;
    private final PeopleToTell people;
    private final ReportMails mails;
    private final MailOutbox outbox;
    private final Clock clock;

    Reminders(JdbcOperations jdbc, PeopleToTell people, ReportMails mails, MailOutbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.mails = mails;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Records the reminder; false when this kind already went to the unit for the period. With retryUnreached, an
     * earlier attempt of the kind that reached nobody is replaced by this one.
     */
    private boolean claim(long unitId, long obligationId, String period, String kind, Long by, ReminderNote.Outcome outcome, int addressees,
                          boolean retryUnreached) {
        Timestamp at = Timestamp.from(clock.instant());
        boolean inserted = jdbc.prepareStatement("INSERT IGNORE INTO report_reminder (unit_id, obligation_id, period_code, kind, sent_at, sent_by, "
                + "outcome, addressees) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, obligationId);
            ps.setString(3, period);
            ps.setString(4, kind);
            ps.setTimestamp(5, at);
            ps.setObject(6, by);
            ps.setString(7, outcome.name());
            ps.setInt(8, addressees);
            return ps.executeUpdate() > 0;
        });
        if (inserted || !retryUnreached) {
            return inserted;
        }
        return jdbc.prepareStatement("UPDATE report_reminder SET sent_at = ?, sent_by = ?, outcome = ?, addressees = ? WHERE unit_id = ? "
                + "AND obligation_id = ? AND period_code = ? AND kind = ? AND outcome <> 'SENT'", ps -> {
            ps.setTimestamp(1, at);
            ps.setObject(2, by);
            ps.setString(3, outcome.name());
            ps.setInt(4, addressees);
            ps.setLong(5, unitId);
            ps.setLong(6, obligationId);
            ps.setString(7, period);
            ps.setString(8, kind);
            return ps.executeUpdate() > 0;
        });
    }

    /** Whether mail to these addresses reaches the unit, and if there are none, why. */
    private ReminderNote.Outcome outcome(long unitId, List<String> emails) {
        if (!emails.isEmpty()) {
            return ReminderNote.Outcome.SENT;
        }
        return people.countActiveMembers(unitId) == 0 ? ReminderNote.Outcome.NO_USER : ReminderNote.Outcome.NO_ROLE;
    }

    /**
     * A recipient's reminder to one overdue unit, at most once a day; empty when it was already reminded today.
     * Otherwise whether it reached anyone.
     */
    Optional<ReminderNote.Outcome> overdue(Long by, Obligation obligation, Period period, long unitId, String unitName, UnitRef recipient) {
        LocalDate today = LocalDate.now(clock.withZone(DueRule.VIETNAM));
        List<String> emails = people.reportingEmails(unitId);
        ReminderNote.Outcome outcome = outcome(unitId, emails);
        if (!claim(unitId, obligation.id(), period.code(), MANUAL + today, by, outcome, emails.size(), true)) {
            return Optional.empty();
        }
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        for (String email : emails) {
            outbox.enqueue(mails.overdue(email, unitName, recipient.name(), obligation.title(), period.label(), schedule.dueDate(period),
                    path(unitId, obligation, period)));
        }
        return Optional.of(outcome);
    }

    /** The automatic reminder some days before the due date; true when it was mailed to someone. */
    boolean before(Obligation obligation, Period period, int days, long unitId, String unitName, String recipientName) {
        List<String> emails = people.reportingEmails(unitId);
        ReminderNote.Outcome outcome = outcome(unitId, emails);
        if (!claim(unitId, obligation.id(), period.code(), BEFORE + days, null, outcome, emails.size(), false)) {
            return false;
        }
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        for (String email : emails) {
            outbox.enqueue(mails.reminder(email, unitName, recipientName, obligation.title(), period.label(), schedule.dueDate(period),
                    schedule.ruleWords(), path(unitId, obligation, period)));
        }
        return outcome == ReminderNote.Outcome.SENT;
    }

    /** The day after the deadline, the recipient hears which units are late; true when it was mailed to someone. */
    boolean digest(Obligation obligation, Period period, UnitRef recipient, String lateUnits) {
        List<String> emails = people.reportingEmails(recipient.id());
        ReminderNote.Outcome outcome = outcome(recipient.id(), emails);
        if (!claim(recipient.id(), obligation.id(), period.code(), DIGEST, null, outcome, emails.size(), false)) {
            return false;
        }
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        String path = "/admin/u/" + recipient.id() + "/deadlines?obligation=" + obligation.id() + "&period=" + period.code();
        for (String email : emails) {
            outbox.enqueue(mails.digest(email, recipient.name(), obligation.title(), period.label(), schedule.dueDate(period), lateUnits, path));
        }
        return outcome == ReminderNote.Outcome.SENT;
    }

    /** The latest reminder, by hand or before the due date, to each of the units for the period. */
    Map<Long, ReminderNote> latest(Obligation obligation, Period period, List<Long> unitIds) {
        Map<Long, ReminderNote> notes = new HashMap<>();
        for (int from = 0; from < unitIds.size(); from += READ_CHUNK) {
            List<Long> chunk = unitIds.subList(from, Math.min(unitIds.size(), from + READ_CHUNK));
            String in = String.join(",", Collections.nCopies(chunk.size(), "?"));
            jdbc.prepareStatement("SELECT unit_id, kind, sent_at, outcome, addressees FROM report_reminder WHERE unit_id IN (" + in + ") "
                    + "AND obligation_id = ? AND period_code = ? AND kind <> ?", ps -> {
                int i = 1;
                for (Long id : chunk) {
                    ps.setLong(i++, id);
                }
                ps.setLong(i++, obligation.id());
                ps.setString(i++, period.code());
                ps.setString(i, DIGEST);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Integer addressees = rs.getObject(5) == null ? null : rs.getInt(5);
                        ReminderNote note = new ReminderNote(rs.getTimestamp(3).toInstant(), rs.getString(2).startsWith(BEFORE),
                                ReminderNote.Outcome.valueOf(rs.getString(4)), addressees);
                        notes.merge(rs.getLong(1), note, (a, b) -> a.at().isAfter(b.at()) ? a : b);
                    }
                }
                return null;
            });
        }
        return notes;
    }

    static String path(long unitId, Obligation obligation, Period period) {
        return "/admin/u/" + unitId + "/reports/" + obligation.id() + "/" + period.code();
    }
}
