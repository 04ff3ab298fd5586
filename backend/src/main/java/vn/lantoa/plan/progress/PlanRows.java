package vn.lantoa.plan.progress;

import vn.lantoa.plan.Quarters;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plan tables as progress needs them, read with plain SQL (the plan capability owns the writing). Every read names
 * the unit whose plan it is.
 */
@Singleton
@Connectable
public class PlanRows {

    public static final String ISSUED = "ISSUED";

    public record PlanRow(long id, long unitId, int year, String title, String status, String symbol) {
        public boolean issued() {
            return ISSUED.equals(status);
        }
    }

    public record GroupRow(long id, String numeral, String title) {
    }

    public record ItemRow(long id, long unitId, long planId, long groupId, int position, String topic, String productForm, String productNote,
                          Long leadUnitId, String leadText, boolean appliesBelow, int quarters, LocalDate startsOn, LocalDate endsOn,
                          String lineage) {

        /** The quarters of the plan's year it is planned for, as a mask. */
        public int mask(int year) {
            return Quarters.covered(quarters, startsOn, endsOn, year);
        }

        public List<Integer> planned(int year) {
            return Quarters.of(mask(year));
        }
    }

    static final String ITEM_COLUMNS = "i.id, i.unit_id, i.plan_id, i.group_id, i.position, i.topic, i.product_form, i.product_note, i.lead_unit_id, "
            + "i.lead_text, i.applies_below, i.quarters, i.starts_on, i.ends_on, i.lineage";
    private static final String PLAN_COLUMNS = "p.id, p.unit_id, p.plan_year, p.title, p.status, p.symbol";

    private final JdbcOperations jdbc;

    PlanRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlanRow> plan(long unitId, long planId) {
        return jdbc.prepareStatement("SELECT " + PLAN_COLUMNS + " FROM plan p WHERE p.unit_id = ? AND p.id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, planId);
            return first(ps, PlanRows::plan);
        });
    }

    public Optional<PlanRow> ofYear(long unitId, int year) {
        return jdbc.prepareStatement("SELECT " + PLAN_COLUMNS + " FROM plan p WHERE p.unit_id = ? AND p.plan_year = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setInt(2, year);
            return first(ps, PlanRows::plan);
        });
    }

    /** The years the unit has a plan for, latest first. */
    List<Integer> years(long unitId) {
        return jdbc.prepareStatement("SELECT plan_year FROM plan WHERE unit_id = ? ORDER BY plan_year DESC", ps -> {
            ps.setLong(1, unitId);
            List<Integer> ys = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ys.add(rs.getInt(1));
                }
            }
            return ys;
        });
    }

    List<GroupRow> groups(long unitId, long planId) {
        return jdbc.prepareStatement("SELECT id, numeral, title FROM plan_group WHERE unit_id = ? AND plan_id = ? ORDER BY position, id", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, planId);
            List<GroupRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new GroupRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return rows;
        });
    }

    /** The plan's items in the appendix's order: by group, then position. */
    public List<ItemRow> items(long unitId, long planId) {
        return jdbc.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM plan_item i JOIN plan_group g ON g.id = i.group_id "
                + "WHERE i.unit_id = ? AND i.plan_id = ? ORDER BY g.position, g.id, i.position, i.id", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, planId);
            List<ItemRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(item(rs, 1));
                }
            }
            return rows;
        });
    }

    Optional<ItemRow> item(long unitId, long planId, long itemId) {
        return jdbc.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM plan_item i WHERE i.unit_id = ? AND i.plan_id = ? AND i.id = ?", ps -> {
            ps.setLong(1, unitId);
            ps.setLong(2, planId);
            ps.setLong(3, itemId);
            return first(ps, rs -> item(rs, 1));
        });
    }

    /** Names of units of the tree an item names (lead, partners), id to name. */
    java.util.Map<Long, String> unitNames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        String marks = String.join(",", ids.stream().map(i -> "?").toList());
        return jdbc.prepareStatement("SELECT id, COALESCE(short_name, name) FROM unit WHERE id IN (" + marks + ")", ps -> {
            int i = 1;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            java.util.Map<Long, String> names = new java.util.HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
            return names;
        });
    }

    static ItemRow item(ResultSet rs, int c) throws SQLException {
        long lead = rs.getLong(c + 8);
        Long leadId = rs.wasNull() ? null : lead;
        return new ItemRow(rs.getLong(c), rs.getLong(c + 1), rs.getLong(c + 2), rs.getLong(c + 3), rs.getInt(c + 4), rs.getString(c + 5),
                rs.getString(c + 6), rs.getString(c + 7), leadId, rs.getString(c + 9), rs.getBoolean(c + 10), rs.getInt(c + 11),
                date(rs.getDate(c + 12)), date(rs.getDate(c + 13)), rs.getString(c + 14));
    }

    private static PlanRow plan(ResultSet rs) throws SQLException {
        return new PlanRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static <T> Optional<T> first(PreparedStatement ps, Reader<T> reader) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(reader.read(rs)) : Optional.empty();
        }
    }
}
