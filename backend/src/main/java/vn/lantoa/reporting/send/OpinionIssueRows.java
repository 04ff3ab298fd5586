package vn.lantoa.reporting.send;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The unit's public-opinion register entries first seen in a period, in the order they were seen: the rows of a report's table of issues. */
@Singleton
@Connectable
class OpinionIssueRows {

    /** At most this many rows are put in a report's table; a unit with more writes the rest itself. */
    static final int MAX_ROWS = 100;

    record Row(String title, String source, @Nullable String handling, @Nullable String result, String status, String severity) {
    }

    private final JdbcOperations jdbc;

    OpinionIssueRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> of(long unitId, LocalDate firstDay, LocalDate lastDay) {
        return jdbc.prepareStatement("SELECT title, source, handling, result, status, severity FROM public_opinion_issue WHERE unit_id = ? "
                + "AND first_seen_on >= ? AND first_seen_on <= ? ORDER BY first_seen_on, id LIMIT " + MAX_ROWS, ps -> {
            ps.setLong(1, unitId);
            ps.setDate(2, Date.valueOf(firstDay));
            ps.setDate(3, Date.valueOf(lastDay));
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return rows;
        });
    }
}
