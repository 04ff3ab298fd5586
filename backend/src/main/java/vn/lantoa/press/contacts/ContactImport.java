package vn.lantoa.press.contacts;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.press.contacts.ContactSheet.Line;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Importing journalists from a spreadsheet: the file is read and kept as read, shown line by line with what is wrong
 * in each, and written only when confirmed, all lines or none. The lines are checked again on confirming, against the
 * contacts as they are then. Outlets and lists named in the file are found by name in the unit, or made.
 */
@Singleton
public class ContactImport {

    private static final Argument<List<Line>> LINES = Argument.listOf(Line.class);

    public record Preview(long id, String fileName, List<ImportCheck.Checked> rows, boolean applied) {

        public long errorLines() {
            return rows.stream().filter(r -> !r.problems().isEmpty()).count();
        }
    }

    private record Stored(long id, String fileName, String json, boolean applied) {
    }

    private final JdbcOperations jdbc;
    private final JsonMapper json;
    private final ImportCheck check;
    private final ImportWriter writer;
    private final AuditLog audit;
    private final Clock clock;

    ContactImport(JdbcOperations jdbc, JsonMapper json, ImportCheck check, ImportWriter writer, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.check = check;
        this.writer = writer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads the file and keeps its lines for the preview; a file that cannot be read is refused and nothing is kept. */
    @Transactional
    long upload(Actor actor, UnitRef unit, String fileName, byte[] bytes) {
        List<Line> lines = ContactSheet.read(bytes);
        String name = VietnameseText.squish(fileName == null ? "" : fileName);
        String body;
        try {
            body = json.writeValueAsString(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant now = clock.instant();
        return jdbc.execute(connection -> {
            try (java.sql.PreparedStatement ps = connection.prepareStatement("INSERT INTO press_contact_import (unit_id, file_name, row_count, "
                    + "rows_json, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, unit.id());
                ps.setString(2, name.length() > 255 ? name.substring(0, 255) : name.isEmpty() ? "danh-ba.xlsx" : name);
                ps.setInt(3, lines.size());
                ps.setString(4, body);
                ps.setTimestamp(5, Timestamp.from(now));
                ps.setLong(6, actor.userId());
                ps.executeUpdate();
                ResultSet keys = ps.getGeneratedKeys();
                keys.next();
                return keys.getLong(1);
            }
        });
    }

    @Transactional(readOnly = true)
    Preview preview(UnitRef unit, long importId) {
        Stored s = stored(unit, importId, false);
        return new Preview(s.id(), s.fileName(), check.check(unit, lines(s)), s.applied());
    }

    /** Writes every line, or none when any is wrong (the preview then shows why); returns how many contacts were added. */
    @Transactional
    int confirm(Actor actor, UnitRef unit, long importId) {
        Stored s = stored(unit, importId, true);
        if (s.applied()) {
            throw new ConflictException("IMPORT_APPLIED", "contacts.import.alreadyApplied");
        }
        List<ImportCheck.Checked> rows = check.check(unit, lines(s));
        if (rows.stream().anyMatch(r -> !r.problems().isEmpty())) {
            throw UserInputException.of("file", "contacts.import.hasErrors");
        }
        ImportWriter.Written w = writer.write(unit, rows);
        jdbc.prepareStatement("UPDATE press_contact_import SET applied_at = ? WHERE unit_id = ? AND id = ?", ps -> {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setLong(2, unit.id());
            ps.setLong(3, importId);
            return ps.executeUpdate();
        });
        audit.record(actor, unit.id(), "press.contact.import", "press_contact_import", importId, s.fileName(), null,
                Map.of("contacts", w.contacts(), "outlets", w.outlets(), "lists", w.lists()));
        return w.contacts();
    }

    private List<Line> lines(Stored s) {
        try {
            return json.readValue(s.json(), LINES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stored stored(UnitRef unit, long importId, boolean lock) {
        return jdbc.prepareStatement("SELECT id, file_name, rows_json, applied_at FROM press_contact_import WHERE unit_id = ? AND id = ?"
                + (lock ? " FOR UPDATE" : ""), ps -> {
            ps.setLong(1, unit.id());
            ps.setLong(2, importId);
            ResultSet rs = ps.executeQuery();
            if (!rs.next()) {
                throw new NotFoundException("import " + importId);
            }
            return new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4) != null);
        });
    }
}
