package vn.lantoa.reporting;

import io.micronaut.serde.annotation.Serdeable;

/** A rule between two numbers of the same form, such as "handled ≤ received". */
@Serdeable
public record CrossFieldRule(String left, Comparison comparison, String right) {

    public enum Comparison {
        LESS_OR_EQUAL("≤"), EQUAL("="), GREATER_OR_EQUAL("≥");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(double left, double right) {
            return switch (this) {
                case LESS_OR_EQUAL -> left <= right + 1e-9;
                case EQUAL -> Math.abs(left - right) < 1e-9;
                case GREATER_OR_EQUAL -> left + 1e-9 >= right;
            };
        }
    }
}
