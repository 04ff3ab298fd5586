package vn.lantoa.press.questions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A question's history (press_question_step): who did what and when, and the reminders mailed about it. */
@Singleton
@io.micronaut.data.connection.annotation.Connectable
class QuestionSteps {

    private final JdbcOperations jdbc;

    QuestionSteps(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void record(long unitId, long questionId, String kind, @Nullable Long actorId, @Nullable String note, Instant at) {
        jdbc.prepareStatement("INSERT INTO press_question_step (unit_id, question_id, kind, actor_id, note, happened_at) VALUES (?, ?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, questionId);
            ps.setString(3, kind);
            if (actorId == null) {
                ps.setNull(4, Types.BIGINT);
            } else {
                ps.setLong(4, actorId);
            }
            ps.setString(5, note);
            ps.setTimestamp(6, Timestamp.from(at));
            return ps.executeUpdate();
        });
    }

    /** Claims a reminder about one due date; false when it was already mailed (by this run or another instance's). */
    boolean claimReminder(long unitId, long questionId, String kind, LocalDate dueOn, Instant at) {
        return jdbc.prepareStatement("INSERT IGNORE INTO press_question_step (unit_id, question_id, kind, reminded_due_on, happened_at) "
                + "VALUES (?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, questionId);
            ps.setString(3, kind);
            ps.setDate(4, Date.valueOf(dueOn));
            ps.setTimestamp(5, Timestamp.from(at));
            return ps.executeUpdate() == 1;
        });
    }

    List<QuestionStep> of(long unitId, long questionId) {
        return jdbc.prepareStatement("SELECT s.kind, u.full_name, s.note, s.reminded_due_on, s.happened_at FROM press_question_step s "
                + "LEFT JOIN app_user u ON u.id = s.actor_id WHERE s.unit_id = ? AND s.question_id = ? ORDER BY s.id", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, questionId);
            List<QuestionStep> steps = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date d = rs.getDate(4);
                    steps.add(new QuestionStep(rs.getString(1), rs.getString(2), rs.getString(3), d == null ? null : d.toLocalDate(),
                            rs.getTimestamp(5).toInstant()));
                }
            }
            return steps;
        });
    }
}
