package vn.lantoa.press.desk;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import vn.lantoa.press.StatementClock;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The panels of a unit's press desk, one query each, read with plain SQL from every press slice's tables (questions,
 * incidents, clippings, the newsroom's press releases, press events). Every query names the unit.
 */
@Singleton
@Connectable
public class PressDeskReads {

    /** Questions not yet answered nor declined. */
    static final String OPEN_QUESTION = "status NOT IN ('SENT', 'DECLINED')";

    public enum Tone { POSITIVE, NEUTRAL, NEGATIVE;
        public String labelKey() {
            return "press.tone." + name();
        }
    }

    public record Question(long id, String code, String outletName, String journalistName, LocalDate dueOn, boolean overdue, boolean dueToday) {
    }

    public record Questions(long open, long overdue, long dueToday, List<Question> soonest) {
    }

    public record Incident(long id, String code, String title, String severity, Instant firstAlertAt, Instant statementDueAt, StatementClock clock) {
        public String severityKey() {
            return "press.severity." + severity;
        }
    }

    public record Incidents(long open, List<Incident> first) {
    }

    public record Clipping(long id, String title, String outletName, Tone tone, String url) {
    }

    public record Clippings(Map<Tone, Long> byTone, List<Clipping> latest) {
        public long total() {
            return byTone.values().stream().mapToLong(Long::longValue).sum();
        }

        public long count(Tone tone) {
            return byTone.getOrDefault(tone, 0L);
        }
    }

    /** A scheduled press release of the newsroom, or a mailing of one waiting for its embargo (then with the lists it goes to). */
    public record Release(long id, String title, Instant publishAt, String mailedTo) {
        public boolean mailing() {
            return mailedTo != null;
        }
    }

    public record Event(long id, String kind, String title, Instant startsAt, String place) {
        public String kindKey() {
            return "press.event.kind." + kind;
        }
    }

    private final JdbcOperations jdbc;

    PressDeskReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Open questions, soonest due first, with how many are open, overdue and due today (Vietnam dates). */
    public Questions questions(long unitId, LocalDate today, int limit) {
        return jdbc.prepareStatement("SELECT id, code, outlet_name, journalist_name, due_on, COUNT(*) OVER (), SUM(due_on < ?) OVER (), "
                + "SUM(due_on = ?) OVER () FROM press_question WHERE unit_id = ? AND " + OPEN_QUESTION + " ORDER BY due_on, id LIMIT ?", ps -> {
            ps.setDate(1, Date.valueOf(today));
            ps.setDate(2, Date.valueOf(today));
            ps.setLong(3, unitId);
            ps.setInt(4, limit);
            List<Question> rows = new ArrayList<>();
            long open = 0;
            long overdue = 0;
            long dueToday = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate due = rs.getDate(5).toLocalDate();
                    rows.add(new Question(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), due, due.isBefore(today), due.equals(today)));
                    open = rs.getLong(6);
                    overdue = rs.getLong(7);
                    dueToday = rs.getLong(8);
                }
            }
            return new Questions(open, overdue, dueToday, rows);
        });
    }

    /** Incidents not closed, those whose statement is due soonest first (a missing statement before one made). */
    public Incidents incidents(long unitId, Instant now, int limit) {
        return jdbc.prepareStatement("SELECT id, code, title, severity, first_alert_at, statement_due_at, first_statement_at, COUNT(*) OVER () "
                + "FROM press_incident WHERE unit_id = ? AND closed_at IS NULL "
                + "ORDER BY first_statement_at IS NOT NULL, statement_due_at, id LIMIT ?", ps -> {
            ps.setLong(1, unitId);
            ps.setInt(2, limit);
            List<Incident> rows = new ArrayList<>();
            long open = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant due = rs.getTimestamp(6).toInstant();
                    Timestamp made = rs.getTimestamp(7);
                    rows.add(new Incident(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), due,
                            new StatementClock(due, made == null ? null : made.toInstant(), now)));
                    open = rs.getLong(8);
                }
            }
            return new Incidents(open, rows);
        });
    }

    /** The day's clippings (published that Vietnam day), counted by tone, the latest few listed. */
    public Clippings clippings(long unitId, LocalDate day, int limit) {
        return jdbc.prepareStatement("SELECT id, title, outlet_name, tone, url FROM press_clipping WHERE unit_id = ? AND published_on = ? "
                + "ORDER BY id DESC", ps -> {
            ps.setLong(1, unitId);
            ps.setDate(2, Date.valueOf(day));
            Map<Tone, Long> byTone = new EnumMap<>(Tone.class);
            List<Clipping> latest = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Tone tone = tone(rs.getString(4));
                    byTone.merge(tone, 1L, Long::sum);
                    if (latest.size() < limit) {
                        latest.add(new Clipping(rs.getLong(1), rs.getString(2), rs.getString(3), tone, rs.getString(5)));
                    }
                }
            }
            return new Clippings(byTone, latest);
        });
    }

    /**
     * What is scheduled to go out, soonest first: the newsroom's press releases waiting for their publication time and the
     * press mailings waiting for their embargo (send_at still ahead), with the lists they go to.
     */
    public List<Release> releases(long unitId, Instant now, int limit) {
        return jdbc.prepareStatement("SELECT id, title, publish_at, lists FROM ("
                + "SELECT id, title, publish_at, NULL AS lists FROM article WHERE unit_id = ? AND kind = 'PRESS_RELEASE' AND status = 'SCHEDULED' "
                + "UNION ALL SELECT id, subject, send_at, list_names FROM press_mailing WHERE unit_id = ? AND send_at > ?"
                + ") scheduled ORDER BY publish_at, lists IS NOT NULL, id LIMIT ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, unitId);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setInt(4, limit);
            List<Release> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(3);
                    rows.add(new Release(rs.getLong(1), rs.getString(2), at == null ? null : at.toInstant(), rs.getString(4)));
                }
            }
            return rows;
        });
    }

    /** Press events not yet over, soonest first. */
    public List<Event> events(long unitId, Instant now, int limit) {
        return jdbc.prepareStatement("SELECT id, kind, title, starts_at, place FROM press_event WHERE unit_id = ? AND COALESCE(ends_at, starts_at) >= ? "
                + "ORDER BY starts_at, id LIMIT ?", ps -> {
            ps.setLong(1, unitId);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setInt(3, limit);
            List<Event> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Event(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5)));
                }
            }
            return rows;
        });
    }

    private static Tone tone(String value) {
        try {
            return Tone.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Tone.NEUTRAL;
        }
    }
}
