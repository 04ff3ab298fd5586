package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.desk.CaseCodes;
import vn.lantoa.desk.CaseStatus;
import vn.lantoa.desk.Channel;
import vn.lantoa.desk.Intake;
import vn.lantoa.desk.StepKind;
import vn.lantoa.desk.Topic;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.platform.time.VietnamTime;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the demo's desk cases as the desk writes them (codes, search text, message hash, follow-token hash, one history
 * step per action) with the times they are meant to have happened, and without mailing anyone: the desk's own services
 * would stamp today on every step and mail the made-up citizens.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoCases {

    /** Someone who takes a step on a case. */
    record Handler(long id, String name) {
    }

    private final JdbcOperations jdbc;
    private final Clock clock;
    private final Set<String> codes = new HashSet<>();
    private Instant now;
    private int sources;

    DemoCases(JdbcOperations jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Fixes "now" for the cases that follow: they are dated back from it. */
    void start() {
        now = clock.instant();
    }

    /** A counter for made-up client addresses and mail boxes. */
    int nextSource() {
        return ++sources;
    }

    Instant hoursAgo(int hours) {
        return now.minus(Duration.ofHours(hours));
    }

    /** A time of day some days back; calls and visits come in on working days only, so a weekend moves them to the Friday before. */
    Instant daysAgo(int days, int hour, int minute) {
        LocalDate day = VietnamTime.today(clock).minusDays(days);
        return day.atTime(LocalTime.of(hour, minute)).atZone(VietnamTime.ZONE).toInstant();
    }

    Case web(long unit, Instant at, Topic topic, String name, String phone, String email, String message) {
        return new Case(unit, Channel.WEB_FORM, topic, at, name, phone, email, message, null);
    }

    /**
     * What the unit a case was forwarded to does with it from then on, its steps timed from the forwarding: the case, its
     * first steps and the forwarding itself were already written (see {@link #backdateForwarding}).
     */
    Case continued(long unit, long caseId, Instant forwardedAt) {
        return new Case(unit, caseId, forwardedAt);
    }

    /**
     * Moves the forwarding the desk's own rules just wrote (its step, the transfer both units keep, the case's last change
     * and the two audit lines) back to the time it is meant to have happened.
     */
    void backdateForwarding(long caseId, long toUnit, Instant at) {
        update("UPDATE desk_case_step SET at = ? WHERE case_id = ? AND unit_id = ? AND kind = 'FORWARDED'", at, caseId, toUnit);
        update("UPDATE desk_case_transfer SET at = ? WHERE case_id = ? AND to_unit_id = ? AND kind = 'FORWARDED'", at, caseId, toUnit);
        update("UPDATE desk_case SET updated_at = ? WHERE id = ? AND unit_id = ?", at, caseId, toUnit);
        jdbc.prepareStatement("UPDATE audit_event SET occurred_at = ? WHERE entity_type = 'desk_case' AND entity_id = ? AND action = 'desk.forwarded'",
                ps -> {
                    setTime(ps, 1, at);
                    ps.setString(2, String.valueOf(caseId));
                    return ps.executeUpdate();
                });
    }

    private void update(String sql, Instant at, long caseId, long unit) {
        jdbc.prepareStatement(sql, ps -> {
            setTime(ps, 1, at);
            ps.setLong(2, caseId);
            ps.setLong(3, unit);
            return ps.executeUpdate();
        });
    }

    Case logged(long unit, Channel channel, Instant at, Topic topic, String name, String phone, String email, String message,
                            Handler by) {
        LocalDate day = LocalDate.ofInstant(at, VietnamTime.ZONE);
        if (channel != Channel.EMAIL && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)) {
            at = at.minus(Duration.ofDays(day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 2));
        }
        return new Case(unit, channel, topic, at, name, phone, email, message, by);
    }

    /** One case as it went, written by {@link #save()}: each step a time after the receipt, never later than now. */
    final class Case {

        private final long unit;
        private final Channel channel;
        private final Topic topic;
        private final Instant received;
        private final String name;
        private final String phone;
        private final String email;
        private final String message;
        private final Handler loggedBy;
        /** Set for a case already written, carried on by the unit it was forwarded to. */
        private final Long existingId;
        private Long concerned;
        private Long assignee;
        private Instant acknowledgedAt;
        private Instant answeredAt;
        private Instant closedAt;
        private String answerText;
        private String result;
        private boolean spam;
        private final List<Object[]> steps = new ArrayList<>();

        Case(long unit, Channel channel, Topic topic, Instant received, String name, String phone, String email, String message,
                 Handler loggedBy) {
            this.unit = unit;
            this.channel = channel;
            this.topic = topic;
            this.received = received;
            this.name = name;
            this.phone = phone;
            this.email = email;
            this.message = message;
            this.loggedBy = loggedBy;
            this.existingId = null;
            if (loggedBy == null) {
                steps.add(new Object[] {StepKind.RECEIVED, received, null, null});
            } else {
                // The officer writes the call down a few minutes after hanging up; a mail is logged when it is read.
                acknowledgedAt = step(StepKind.LOGGED, Duration.ofMinutes(channel == Channel.EMAIL ? 40 : 4), loggedBy, null);
            }
        }

        private Case(long unit, long caseId, Instant forwardedAt) {
            this.unit = unit;
            this.existingId = caseId;
            this.received = forwardedAt;
            this.channel = Channel.FORWARDED;
            this.topic = null;
            this.name = null;
            this.phone = null;
            this.email = null;
            this.message = null;
            this.loggedBy = null;
        }

        Case concerned(long unitId) {
            concerned = unitId;
            return this;
        }

        Case acknowledged(Handler by, Duration after) {
            acknowledgedAt = step(StepKind.ACKNOWLEDGED, after, by, null);
            return this;
        }

        Case assigned(Handler by, Handler to, Duration after) {
            Instant at = step(StepKind.ASSIGNED, after, by, to.name());
            acknowledgedAt = acknowledgedAt == null ? at : acknowledgedAt;
            assignee = to.id();
            return this;
        }

        Case answered(Handler by, Duration after, String text) {
            answeredAt = step(StepKind.ANSWERED, after, by, text);
            acknowledgedAt = acknowledgedAt == null ? answeredAt : acknowledgedAt;
            answerText = text;
            return this;
        }

        Case closed(Handler by, Duration after, String text) {
            closedAt = step(StepKind.CLOSED, after, by, text);
            result = text;
            return this;
        }

        Case spam(Handler by, Duration after) {
            closedAt = step(StepKind.SPAM, after, by, null);
            spam = true;
            return this;
        }

        /** A step at receipt + after, kept after the previous step and before now. */
        private Instant step(StepKind kind, Duration after, Handler by, String detail) {
            Instant at = received.plus(after);
            Instant previous = steps.isEmpty() ? null : (Instant) steps.get(steps.size() - 1)[1];
            if (at.isAfter(now)) {
                at = now.minusSeconds(60);
            }
            if (previous != null && at.isBefore(previous)) {
                at = previous.plusSeconds(60);
            }
            steps.add(new Object[] {kind, at, by, detail});
            return at;
        }

        private CaseStatus status() {
            if (closedAt != null) {
                return CaseStatus.DA_DONG;
            }
            if (answeredAt != null) {
                return CaseStatus.DA_TRA_LOI;
            }
            if (assignee != null) {
                return CaseStatus.DANG_XU_LY;
            }
            return acknowledgedAt != null ? CaseStatus.DA_TIEP_NHAN : CaseStatus.MOI;
        }

        /** Writes the case and its steps; returns its id. */
        long save() {
            if (existingId != null) {
                carryOn();
                return existingId;
            }
            String code = CaseCodes.next(received);
            while (!codes.add(unit + ":" + code)) {
                code = CaseCodes.next(received);
            }
            boolean web = channel == Channel.WEB_FORM;
            Instant created = web ? received : (Instant) steps.get(0)[1];
            Instant updated = (Instant) steps.get(steps.size() - 1)[1];
            String caseCode = code;
            jdbc.prepareStatement("INSERT INTO desk_case (unit_id, code, follow_token_hash, channel, topic, concerned_unit_id, message, "
                    + "message_hash, search_text, citizen_name, citizen_phone, citizen_email, consent_at, source_hash, status, spam, assignee_id, "
                    + "received_at, acknowledged_at, answered_at, closed_at, answer_text, result, created_at, updated_at, version, unit_path) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, (SELECT path FROM unit WHERE id = ?))", ps -> {
                ps.setLong(1, unit);
                ps.setString(2, caseCode);
                // The citizen's private link is never shown again, as for a real case: only its hash is kept.
                ps.setString(3, web ? SecretTokens.sha256(SecretTokens.newToken()) : null);
                ps.setString(4, channel.name());
                ps.setString(5, topic.name());
                setLong(ps, 6, concerned);
                ps.setString(7, message);
                ps.setString(8, Intake.messageHash(message));
                ps.setString(9, Intake.searchText(caseCode, name, phone, email, message));
                ps.setString(10, name);
                ps.setString(11, phone);
                ps.setString(12, email);
                setTime(ps, 13, web ? received : null);
                ps.setString(14, web ? SecretTokens.sha256("desk-source:113.190." + (++sources % 250) + "." + (sources * 7 % 250)) : null);
                ps.setString(15, spam ? CaseStatus.DA_DONG.name() : status().name());
                ps.setBoolean(16, spam);
                setLong(ps, 17, assignee);
                setTime(ps, 18, received);
                setTime(ps, 19, acknowledgedAt);
                setTime(ps, 20, answeredAt);
                setTime(ps, 21, closedAt);
                ps.setString(22, answerText);
                ps.setString(23, result);
                setTime(ps, 24, created);
                setTime(ps, 25, updated);
                ps.setLong(26, unit);
                return ps.executeUpdate();
            });
            long caseId = jdbc.prepareStatement("SELECT id FROM desk_case WHERE unit_id = ? AND code = ?", ps -> {
                ps.setLong(1, unit);
                ps.setString(2, caseCode);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            writeSteps(caseId);
            return caseId;
        }

        /** The receiving unit's handling of a forwarded case: its state now, and the steps after the forwarding. */
        private void carryOn() {
            Instant updated = (Instant) steps.get(steps.size() - 1)[1];
            jdbc.prepareStatement("UPDATE desk_case SET status = ?, assignee_id = ?, acknowledged_at = ?, answered_at = ?, closed_at = ?, "
                    + "answer_text = ?, result = ?, updated_at = ?, version = version + 1 WHERE id = ? AND unit_id = ?", ps -> {
                ps.setString(1, status().name());
                setLong(ps, 2, assignee);
                setTime(ps, 3, acknowledgedAt);
                setTime(ps, 4, answeredAt);
                setTime(ps, 5, closedAt);
                ps.setString(6, answerText);
                ps.setString(7, result);
                setTime(ps, 8, updated);
                ps.setLong(9, existingId);
                ps.setLong(10, unit);
                return ps.executeUpdate();
            });
            writeSteps(existingId);
        }

        private void writeSteps(long caseId) {
            for (Object[] s : steps) {
                StepKind kind = (StepKind) s[0];
                Handler by = (Handler) s[2];
                jdbc.prepareStatement("INSERT INTO desk_case_step (unit_id, case_id, kind, at, actor_id, actor_name, detail, public_step) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ps -> {
                    ps.setLong(1, unit);
                    ps.setLong(2, caseId);
                    ps.setString(3, kind.name());
                    setTime(ps, 4, (Instant) s[1]);
                    setLong(ps, 5, by == null ? null : by.id());
                    ps.setString(6, by == null ? null : by.name());
                    ps.setString(7, (String) s[3]);
                    ps.setBoolean(8, kind.shownToCitizen());
                    return ps.executeUpdate();
                });
            }
        }
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static void setTime(PreparedStatement ps, int index, Instant value) throws java.sql.SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(value));
        }
    }
}
