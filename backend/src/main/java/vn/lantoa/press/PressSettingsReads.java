package vn.lantoa.press;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;

/** Reads one unit's press settings (press_settings), or the defaults when it has none. */
@Singleton
@Connectable
public class PressSettingsReads {

    private final JdbcOperations jdbc;
    private final PressDefaults defaults;

    PressSettingsReads(JdbcOperations jdbc, PressDefaults defaults) {
        this.jdbc = jdbc;
        this.defaults = defaults;
    }

    public PressSettings of(long unitId) {
        return jdbc.prepareStatement("SELECT question_due_days, statement_hours, digest_frequency FROM press_settings WHERE unit_id = ?", ps -> {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return new PressSettings(unitId, rs.getInt(1), rs.getInt(2), rs.getString(3), true);
                }
            }
            return new PressSettings(unitId, defaults.getQuestionDueDays(), defaults.getStatementHours(), "DAILY", false);
        });
    }
}
