package vn.lantoa.platform.web;

import io.micronaut.http.HttpStatus;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Database errors that are a visitor's input, not our fault, for the code paths that do not check it first. Identifier
 * columns (slugs, host names, period codes, tokens) are ASCII: MySQL and MariaDB refuse to compare one with a value
 * holding "ữ" or an emoji ("Illegal mix of collations") instead of finding nothing, which is what it means. Storing such
 * a value is refused too ("Incorrect string value"). The first is a 404, the second a 400; both are logged as warnings
 * so the missing check can be added where it happened.
 */
final class DatabaseRefusals {

    private static final int MIX_OF_2_COLLATIONS = 1267;
    private static final int MIX_OF_3_COLLATIONS = 1270;
    private static final int MIX_OF_N_COLLATIONS = 1271;
    private static final int INCORRECT_STRING_VALUE = 1366;

    private DatabaseRefusals() {
    }

    static Optional<HttpStatus> statusOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case MIX_OF_2_COLLATIONS, MIX_OF_3_COLLATIONS, MIX_OF_N_COLLATIONS -> {
                        return Optional.of(HttpStatus.NOT_FOUND);
                    }
                    case INCORRECT_STRING_VALUE -> {
                        return Optional.of(HttpStatus.BAD_REQUEST);
                    }
                    default -> {
                        // another database error: ours
                    }
                }
            }
        }
        return Optional.empty();
    }
}
