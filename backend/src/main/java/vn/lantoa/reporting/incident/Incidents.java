package vn.lantoa.reporting.incident;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.platform.mail.MailOutbox;
import vn.lantoa.reporting.core.PeopleToTell;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.core.ReportMails;
import vn.lantoa.reporting.form.Answers;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quick reports of incidents ("báo cáo nhanh"): sent at once up the chain. The recipient and the level above it are
 * told by mail as soon as one is sent, and both find it in their list of incidents.
 */
@Singleton
@Connectable
public class Incidents {

    private final JdbcOperations jdbc;
    private final UnitRefRepository units;
    private final PeopleToTell people;
    private final ReportMails mails;
    private final MailOutbox outbox;
    private final Answers answers;
    private final ObligationRepository obligations;
    private final Clock clock;

    Incidents(JdbcOperations jdbc, UnitRefRepository units, PeopleToTell people, ReportMails mails, MailOutbox outbox, Answers answers,
              ObligationRepository obligations, Clock clock) {
        this.obligations = obligations;
        this.jdbc = jdbc;
        this.units = units;
        this.people = people;
        this.mails = mails;
        this.outbox = outbox;
        this.answers = answers;
        this.clock = clock;
    }

    /** Within the sending transaction: mail the recipient and the unit above it. */
    public void alert(UnitRef sender, Obligation obligation, Period period, long reportId, long recipientId, Map<String, String> sent) {
        UnitRef recipient = units.findById(recipientId).orElseThrow();
        String summary = summary(sent);
        Set<String> told = new LinkedHashSet<>();
        List<UnitRef> tell = new ArrayList<>(List.of(recipient));
        if (recipient.parentId() != null) {
            units.findById(recipient.parentId()).ifPresent(tell::add);
        }
        for (UnitRef unit : tell) {
            for (String email : people.reportingEmails(unit.id())) {
                if (told.add(email)) {
                    outbox.enqueue(mails.incident(email, unit.name(), sender.name(), obligation.title(), period.label(), summary,
                            "/admin/u/" + unit.id() + "/received-reports/" + reportId));
                }
            }
        }
    }

    /** Quick reports received by the unit or sent from anywhere below it in the last 90 days, newest first. */
    List<IncidentPages.IncidentRow> list(UnitRef unit) {
        // A report returned for correction is listed as it was last sent: what the unit types since is its own until sent.
        return jdbc.prepareStatement("SELECT r.id, u.name, o.id, r.period_code, r.first_submitted_at, r.recipient_unit_id, "
                + "CASE WHEN r.status IN ('SUBMITTED', 'ACCEPTED') THEN r.answers ELSE (SELECT v.answers FROM report_version v WHERE v.unit_id = r.unit_id "
                + "AND v.report_id = r.id AND v.answers IS NOT NULL ORDER BY v.number DESC LIMIT 1) END, r.unit_id FROM report r "
                + "JOIN obligation o ON o.id = r.obligation_id JOIN unit u ON u.id = r.unit_id WHERE o.period_type = 'EVENT' "
                + "AND r.first_submitted_at IS NOT NULL AND r.first_submitted_at > ? AND (r.recipient_unit_id = ? OR (u.path LIKE ? AND u.id <> ?)) "
                + "ORDER BY r.first_submitted_at DESC LIMIT 200", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant().minus(Duration.ofDays(90))));
            ps.setLong(2, unit.id());
            ps.setString(3, unit.path() + "%");
            ps.setLong(4, unit.id());
            List<IncidentPages.IncidentRow> rows = new ArrayList<>();
            Map<Long, Obligation> seen = new java.util.HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Obligation o = seen.computeIfAbsent(rs.getLong(3), id -> obligations.findById$WithoutTenancy(id).orElseThrow());
                    Period period = Period.parse(PeriodType.EVENT, rs.getString(4));
                    java.time.Instant sent = rs.getTimestamp(5).toInstant();
                    boolean late = !sent.isBefore(new ObligationSchedule(o).lateFrom(period));
                    rows.add(new IncidentPages.IncidentRow(rs.getLong(1), rs.getLong(8), rs.getString(2), o.id(), o.title(), period, sent, late,
                            rs.getLong(6) == unit.id(), summary(answers.read(rs.getString(7)))));
                }
            }
            return rows;
        });
    }

    /** The first thing the unit wrote, cut to a line: enough to know what happened. */
    static String summary(Map<String, String> sent) {
        String text = sent.values().stream().filter(v -> v.length() > 40).findFirst()
                .orElse(sent.values().stream().filter(v -> v.length() > 12).findFirst().orElse(""));
        return text.length() > 160 ? text.substring(0, 157) + "…" : text;
    }
}
