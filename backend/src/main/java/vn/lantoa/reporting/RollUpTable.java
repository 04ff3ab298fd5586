package vn.lantoa.reporting;

import java.util.List;
import java.util.Map;

/**
 * A unit's roll-up for one obligation and period: one line per child's own report and one per child's units below,
 * so a district's own numbers and its schools' numbers are never mixed or counted twice; the total is over all lines.
 */
public record RollUpTable(List<FormField> fields, List<Line> lines, Map<String, Aggregate> total, long reports) {

    public enum Kind {
        OWN, BELOW
    }

    public record Line(long unitId, String unitName, Kind kind, long reports, Map<String, Aggregate> values, boolean canDrillDown) {

        public Double value(FormField field) {
            return values.getOrDefault(field.key(), Aggregate.EMPTY).value(field.rollUpOrNone());
        }
    }

    public Double total(FormField field) {
        return total.getOrDefault(field.key(), Aggregate.EMPTY).value(field.rollUpOrNone());
    }
}
