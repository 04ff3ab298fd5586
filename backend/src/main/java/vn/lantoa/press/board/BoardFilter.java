package vn.lantoa.press.board;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.press.Severity;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the board is narrowed to: a unit below (its subtree), a severity, an incident type. A unit that is not strictly below
 * the one looking is refused the same way whether it is elsewhere or does not exist, so the filter reveals nothing of other trees.
 */
record BoardFilter(UnitRef scope, @Nullable Severity severity, @Nullable String type) {

    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,29}");

    /** Errors go to {@code errors} by field (the API refuses them; the page shows them and falls back to no filter). */
    static BoardFilter of(UnitRefRepository units, UnitRef top, @Nullable String unit, @Nullable String severity, @Nullable String type,
                          String unitField, FieldErrors errors) {
        UnitRef scope = top;
        if (unit != null && !unit.isBlank() && !unit.strip().equals(String.valueOf(top.id()))) {
            scope = parseId(unit).flatMap(units::findById).filter(top::isAncestorOf).orElse(null);
            if (scope == null) {
                errors.add(unitField, "press.board.unit.invalid");
                scope = top;
            }
        }
        Severity s = null;
        if (severity != null && !severity.isBlank()) {
            s = Severity.parse(severity);
            if (s == null) {
                errors.add("severity", "press.board.filter.invalid", Arrays.stream(Severity.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        String t = null;
        if (type != null && !type.isBlank()) {
            t = type.strip().toUpperCase(java.util.Locale.ROOT);
            if (!TYPE.matcher(t).matches()) {
                errors.add("type", "press.board.type.invalid");
                t = null;
            }
        }
        return new BoardFilter(scope, s, t);
    }

    boolean narrowed(UnitRef top) {
        return !scope.id().equals(top.id());
    }

    private static java.util.Optional<Long> parseId(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
