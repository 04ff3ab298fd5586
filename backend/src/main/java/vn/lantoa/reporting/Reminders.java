package vn.lantoa.reporting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.tenancy.UnitRef;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Sends one reminder of a kind per unit and period: the report_reminder row is written first, and only the
 * transaction that wrote it sends the mail. A job run twice, or on two instances, sends nothing twice.
 */
@Singleton
@Connectable
class Reminders {

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

    /** Records the reminder; false when this kind already went to the unit for the period. */
    boolean claim(long unitId, long obligationId, String period, String kind, Long by) {
        return jdbc.prepareStatement("INSERT IGNORE INTO report_reminder (unit_id, obligation_id, period_code, kind, sent_at, sent_by) "
                + "VALUES (?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, obligationId);
            ps.setString(3, period);
            ps.setString(4, kind);
            ps.setTimestamp(5, Timestamp.from(clock.instant()));
            ps.setObject(6, by);
            return ps.executeUpdate() > 0;
        });
    }

    /** A recipient's reminder to one overdue unit, at most once a day. */
    boolean overdue(Long by, Obligation obligation, Period period, long unitId, String unitName, UnitRef recipient) {
        LocalDate today = LocalDate.now(clock.withZone(DueRule.VIETNAM));
        if (!claim(unitId, obligation.id(), period.code(), "MANUAL:" + today, by)) {
            return false;
        }
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        for (String email : people.reportingEmails(unitId)) {
            outbox.enqueue(mails.overdue(email, unitName, recipient.name(), obligation.title(), period.label(), schedule.dueDate(period),
                    path(unitId, obligation, period)));
        }
        return true;
    }

    /** The automatic reminder some days before the due date. */
    boolean before(Obligation obligation, Period period, int days, long unitId, String unitName, String recipientName) {
        if (!claim(unitId, obligation.id(), period.code(), "BEFORE:" + days, null)) {
            return false;
        }
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        for (String email : people.reportingEmails(unitId)) {
            outbox.enqueue(mails.reminder(email, unitName, recipientName, obligation.title(), period.label(), schedule.dueDate(period),
                    schedule.ruleWords(), path(unitId, obligation, period)));
        }
        return true;
    }

    /** The day after the deadline, the recipient hears which units are late. */
    boolean digest(Obligation obligation, Period period, UnitRef recipient, String lateUnits) {
        if (!claim(recipient.id(), obligation.id(), period.code(), "DIGEST", null)) {
            return false;
        }
        ObligationSchedule schedule = new ObligationSchedule(obligation);
        String path = "/admin/u/" + recipient.id() + "/deadlines?obligation=" + obligation.id() + "&period=" + period.code();
        for (String email : people.reportingEmails(recipient.id())) {
            outbox.enqueue(mails.digest(email, recipient.name(), obligation.title(), period.label(), schedule.dueDate(period), lateUnits, path));
        }
        return true;
    }

    static String path(long unitId, Obligation obligation, Period period) {
        return "/admin/u/" + unitId + "/reports/" + obligation.id() + "/" + period.code();
    }
}
