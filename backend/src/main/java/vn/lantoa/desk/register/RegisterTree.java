package vn.lantoa.desk.register;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.TreeHistory;
import vn.lantoa.tenancy.UnitRef;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which units' registers a unit reads. Read per month, a month already over is read in the tree as it stood at its last
 * second (Vietnam time), as the monthly reports of that month are (see reporting's PeriodTree): a Phòng that has since
 * moved to another Sở stays in its former Sở's past months, and the Sở receiving it does not see it there. Read across
 * months, or for the month under way, the register follows the tree as it is now.
 */
@Singleton
@Connectable
class RegisterTree {

    /** The subtree to read: the path of the reading unit, in today's tree ({@code at} null) or in the tree at {@code at}. */
    record Scope(String path, @Nullable Instant at) {

        static Scope today(UnitRef unit) {
            return new Scope(unit.path(), null);
        }
    }

    private final TreeHistory history;
    private final JdbcOperations jdbc;
    private final Clock clock;

    RegisterTree(TreeHistory history, JdbcOperations jdbc, Clock clock) {
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Scope scope(UnitRef unit, @Nullable YearMonth month) {
        if (month == null) {
            return Scope.today(unit);
        }
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant().minusSeconds(1);
        if (!end.isBefore(clock.instant())) {
            return Scope.today(unit);
        }
        return new Scope(placeOrLast(unit, end).path(), end);
    }

    /** The units of the scope, the reading unit first, for the filter; closed ones too when they stood there then. */
    Map<Long, String> units(Scope scope, int limit) {
        String sql = scope.at() == null
                ? "SELECT u.id, u.name FROM unit u WHERE u.path LIKE CONCAT(?, '%') AND u.closed_on IS NULL ORDER BY u.depth, u.name, u.id LIMIT ?"
                : "SELECT u.id, u.name FROM unit_placement p JOIN unit u ON u.id = p.unit_id WHERE p.path LIKE CONCAT(?, '%') AND "
                + TreeHistory.validAt("p") + " ORDER BY p.depth, u.name, u.id LIMIT ?";
        return jdbc.prepareStatement(sql, ps -> {
            int i = 1;
            ps.setString(i++, scope.path());
            if (scope.at() != null) {
                TreeHistory.bindInstant(ps, i, scope.at());
                i += 2;
            }
            ps.setInt(i, limit);
            Map<Long, String> units = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.put(rs.getLong(1), rs.getString(2));
                }
            }
            return units;
        });
    }

    /** Where the unit stood at {@code t}; for a unit closed by then, its last place before, under which nothing stood. */
    private UnitRef placeOrLast(UnitRef unit, Instant t) {
        return history.asOf(unit, t).orElseGet(() -> {
            List<TreeHistory.Placement> all = history.placementsOf(unit);
            return all.stream().filter(p -> !p.validFrom().isAfter(t)).reduce((a, b) -> b).map(p -> TreeHistory.placed(unit, p)).orElse(unit);
        });
    }
}
