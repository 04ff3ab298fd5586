package vn.lantoa.reporting.rollup;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ReportAudience;
import vn.lantoa.reporting.obligation.Slot;
import vn.lantoa.tenancy.UnitRef;

import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether a unit consolidates others for an obligation: units below it are expected to send the same report (a Phòng
 * asked to report together with its schools). Such a unit's consolidated figures are its sources' total, not numbers
 * of its own, so they are kept apart from the sums ({@link RollUpReads#STATED}). Decided when a report is sent, from the
 * tree as it stands, by one indexed read of the unit's subtree; a school never asks.
 */
@Singleton
@Connectable
public class Consolidators {

    private final JdbcOperations jdbc;

    Consolidators(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public boolean consolidates(Slot slot) {
        UnitRef unit = slot.unit();
        Obligation obligation = slot.obligation();
        List<Long> path = unit.pathIds();
        int issuerDepth = path.indexOf(obligation.unitId());
        if (!unit.type().mayHaveChildren() || issuerDepth < 0 || obligation.audienceRule() == null) {
            return false;
        }
        String issuerPath = path.subList(0, issuerDepth + 1).stream().map(String::valueOf).collect(Collectors.joining("/", "/", "/"));
        ReportAudience.Sql audience = obligation.audienceRule().sql(issuerPath, issuerDepth);
        String sql = "SELECT 1 FROM unit u WHERE " + audience.where() + " AND u.closed_on IS NULL AND u.path LIKE ? AND u.id <> ? LIMIT 1";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            for (Object p : audience.params()) {
                ps.setObject(i++, p);
            }
            ps.setString(i++, unit.path() + "%");
            ps.setLong(i, unit.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }
}
