package vn.lantoa.reporting.form;

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

        /** Exact: the numbers are decimals, so 0,1 + 0,2 = 0,3 holds as written. */
        boolean holds(java.math.BigDecimal left, java.math.BigDecimal right) {
            int c = left.compareTo(right);
            return switch (this) {
                case LESS_OR_EQUAL -> c <= 0;
                case EQUAL -> c == 0;
                case GREATER_OR_EQUAL -> c >= 0;
            };
        }
    }
}
