package vn.lantoa.press.questions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The open journalists' questions of one unit that are overdue or due by the next working day, most pressing first: for the
 * unit's home page and the spokesperson's overview. One query.
 */
@Singleton
@Connectable
public class QuestionsDue {

    private final JdbcOperations jdbc;
    private final DueDates dueDates;
    private final Clock clock;

    QuestionsDue(JdbcOperations jdbc, DueDates dueDates, Clock clock) {
        this.jdbc = jdbc;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    /** One question: link is its page; overdue when its due date has passed, dueToday when it is today (Vietnam time). */
    public record Due(long id, long unitId, String code, String outletName, String journalistName, String question, LocalDate dueOn,
                      @Nullable Long assigneeId, @Nullable String assigneeName, String status, boolean overdue, boolean dueToday, String link) {
    }

    /** At most {@code limit} questions, overdue first, then by due date. */
    public List<Due> of(long unitId, int limit) {
        LocalDate today = VietnamTime.today(clock);
        LocalDate soon = dueDates.nextWorkingDay(today);
        return jdbc.prepareStatement("SELECT q.id, q.code, q.outlet_name, q.journalist_name, q.question, q.due_on, q.assignee_id, u.full_name, q.status "
                + "FROM press_question q LEFT JOIN app_user u ON u.id = q.assignee_id WHERE q.unit_id = ? AND q.status IN ('RECEIVED', 'DRAFTED', "
                + "'APPROVED') AND q.due_on <= ? ORDER BY q.due_on, q.id LIMIT ?", ps -> {
            ps.setLong(1, unitId);
            ps.setDate(2, Date.valueOf(soon));
            ps.setInt(3, Math.max(1, Math.min(limit, 500)));
            List<Due> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate due = rs.getDate(6).toLocalDate();
                    long id = rs.getLong(1);
                    long assignee = rs.getLong(7);
                    Long assigneeId = rs.wasNull() ? null : assignee;
                    String text = rs.getString(5);
                    found.add(new Due(id, unitId, rs.getString(2), rs.getString(3), rs.getString(4), text.length() > 200 ? text.substring(0, 200) + "…" : text,
                            due, assigneeId, rs.getString(8), rs.getString(9), due.isBefore(today), due.equals(today),
                            "/admin/u/" + unitId + "/press/questions/" + id));
                }
            }
            return found;
        });
    }

    /** Open questions of every unit due by the next working day: (unit, id) pairs. A cross-unit read, as the job serves them all. */
    List<long[]> openDue$WithoutTenancy(LocalDate until) {
        return jdbc.prepareStatement("SELECT unit_id, id FROM press_question WHERE status IN ('RECEIVED', 'DRAFTED', 'APPROVED') AND due_on <= ? "
                + "ORDER BY due_on, id LIMIT 5000", ps -> {
            ps.setDate(1, Date.valueOf(until));
            List<long[]> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new long[] {rs.getLong(1), rs.getLong(2)});
                }
            }
            return found;
        });
    }

}
