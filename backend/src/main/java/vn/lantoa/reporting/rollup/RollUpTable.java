package vn.lantoa.reporting.rollup;

import vn.lantoa.reporting.form.FieldScope;
import vn.lantoa.reporting.form.FormField;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A unit's roll-up for one obligation and period: one line per child's own report and one per child's units below,
 * so a district's own numbers and its schools' numbers are never mixed or counted twice; the total is over all lines.
 * A consolidated field ({@link FieldScope#CONSOLIDATED}) of a report sent by a unit that has units below it sending the
 * same report is that unit's figure for its sources: it is kept and shown ("stated"), never added. Returned reports
 * still count, with their number on every line.
 */
public record RollUpTable(List<FormField> fields, List<Line> lines, Map<String, Aggregate> total, long reports) {

    public enum Kind {
        OWN, BELOW
    }

    public record Line(long unitId, String unitName, Kind kind, long reports, Map<String, Aggregate> values, boolean canDrillDown) {

        public BigDecimal value(FormField field) {
            return values.getOrDefault(field.key(), Aggregate.EMPTY).value(field.rollUpOrNone());
        }

        /** A consolidating unit's own figure for a consolidated field, shown for comparison and not counted; null if none. */
        public BigDecimal stated(FormField field) {
            return values.getOrDefault(RollUpReads.STATED + field.key(), Aggregate.EMPTY).value(field.rollUpOrNone());
        }

        /** How many of the line's reports were returned and not sent again yet (they still count). */
        public long returned() {
            return values.getOrDefault(RollUpReads.RETURNED, Aggregate.EMPTY).sum().longValue();
        }
    }

    /** A consolidating child's own figure next to the total of the units below it, for one consolidated field. */
    public record Comparison(long unitId, String unitName, FormField field, BigDecimal stated, BigDecimal sources) {

        public boolean differs() {
            return sources == null || stated.compareTo(sources) != 0;
        }
    }

    public BigDecimal total(FormField field) {
        return total.getOrDefault(field.key(), Aggregate.EMPTY).value(field.rollUpOrNone());
    }

    public long returned() {
        return total.getOrDefault(RollUpReads.RETURNED, Aggregate.EMPTY).sum().longValue();
    }

    /** Every consolidating child's stated figures beside the total of its units below, child by child. */
    public List<Comparison> comparisons() {
        List<Comparison> list = new ArrayList<>();
        for (Line own : lines) {
            if (own.kind() != Kind.OWN) {
                continue;
            }
            Line below = lines.stream().filter(l -> l.kind() == Kind.BELOW && l.unitId() == own.unitId()).findFirst().orElse(null);
            for (FormField f : fields) {
                BigDecimal stated = own.stated(f);
                if (stated != null) {
                    list.add(new Comparison(own.unitId(), own.unitName(), f, stated, below == null ? null : below.value(f)));
                }
            }
        }
        return list;
    }
}
