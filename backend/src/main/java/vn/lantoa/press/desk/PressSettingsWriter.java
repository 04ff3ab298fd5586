package vn.lantoa.press.desk;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.press.PressSettings;
import vn.lantoa.press.PressSettingsReads;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.sql.ResultSet;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Saves a unit's press settings (press_settings, read back by {@link PressSettingsReads}). The form names the version it
 * was loaded at (none while the unit still runs on the defaults); if someone saved in between, nothing is written.
 */
@Singleton
public class PressSettingsWriter {

    /** The saved row's version and when it was saved, for the form and its conflict message. */
    record Saved(long version, Instant updatedAt) {
    }

    private final JdbcOperations jdbc;
    private final PressSettingsReads settings;
    private final AuditLog audit;
    private final Clock clock;

    PressSettingsWriter(JdbcOperations jdbc, PressSettingsReads settings, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Optional<Saved> saved(long unitId) {
        return jdbc.prepareStatement("SELECT version, updated_at FROM press_settings WHERE unit_id = ?", ps -> {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Saved(rs.getLong(1), rs.getTimestamp(2).toInstant())) : Optional.<Saved>empty();
            }
        });
    }

    /** Checks and saves the settings as typed, over whatever the unit had: for the demo, through the same rules as the page. */
    @Transactional
    public void save(Actor actor, UnitRef unit, SettingsInput input) {
        vn.lantoa.platform.web.FieldErrors errors = new vn.lantoa.platform.web.FieldErrors();
        SettingsInput.Checked checked = input.validate(errors);
        if (errors.hasAny()) {
            throw new vn.lantoa.platform.web.UserInputException(errors);
        }
        save(actor, unit, saved(unit.id()).map(Saved::version).orElse(null), checked);
    }

    @Transactional
    void save(Actor actor, UnitRef unit, Long expectedVersion, SettingsInput.Checked c) {
        PressSettings before = settings.of(unit.id());
        Timestamp now = Timestamp.from(clock.instant());
        int rows;
        if (expectedVersion == null) {
            try {
                rows = jdbc.prepareStatement("INSERT INTO press_settings (unit_id, question_due_days, statement_hours, digest_frequency, updated_at, "
                        + "updated_by, version) VALUES (?, ?, ?, ?, ?, ?, 0)", ps -> {
                    ps.setLong(1, unit.id());
                    ps.setInt(2, c.questionDueDays());
                    ps.setInt(3, c.statementHours());
                    ps.setString(4, c.digestFrequency());
                    ps.setTimestamp(5, now);
                    ps.setLong(6, actor.userId());
                    return ps.executeUpdate();
                });
            } catch (RuntimeException e) {
                if (duplicate(e)) {
                    // Someone saved the unit's first settings while this form was open.
                    throw new StaleVersionException();
                }
                throw e;
            }
        } else {
            rows = jdbc.prepareStatement("UPDATE press_settings SET question_due_days = ?, statement_hours = ?, digest_frequency = ?, updated_at = ?, "
                    + "updated_by = ?, version = version + 1 WHERE unit_id = ? AND version = ?", ps -> {
                ps.setInt(1, c.questionDueDays());
                ps.setInt(2, c.statementHours());
                ps.setString(3, c.digestFrequency());
                ps.setTimestamp(4, now);
                ps.setLong(5, actor.userId());
                ps.setLong(6, unit.id());
                ps.setLong(7, expectedVersion);
                return ps.executeUpdate();
            });
        }
        if (rows != 1) {
            throw new StaleVersionException();
        }
        audit.record(actor, unit.id(), "press.settings.update", "press_settings", unit.id(), "Cài đặt bàn báo chí",
                before.own() ? snapshot(before.questionDueDays(), before.statementHours(), before.digestFrequency()) : null,
                snapshot(c.questionDueDays(), c.statementHours(), c.digestFrequency()));
    }

    private static boolean duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> snapshot(int days, int hours, String digest) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("questionDueDays", days);
        m.put("statementHours", hours);
        m.put("digestFrequency", digest);
        return m;
    }
}
