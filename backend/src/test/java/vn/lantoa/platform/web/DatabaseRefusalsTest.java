package vn.lantoa.platform.web;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The database engine's own refusals, as a route that forgot its check would meet them. */
@MicronautTest(transactional = false)
class DatabaseRefusalsTest {

    @Inject
    JdbcOperations jdbc;
    @Inject
    SynchronousTransactionManager<Connection> transactions;

    @Test
    void lookingUpAnAsciiColumnWithVietnameseOrAnEmojiIsANotFound() {
        for (String value : new String[]{"ữ", "lớp-âm-nhạc", "😀"}) {
            Throwable error = catchThrowable(() -> transactions.executeRead(status -> jdbc.prepareStatement(
                    "SELECT id FROM unit WHERE slug = ?", ps -> {
                        ps.setString(1, value);
                        try (var rs = ps.executeQuery()) {
                            return rs.next();
                        }
                    })));

            assertThat(DatabaseRefusals.statusOf(error)).as(value).contains(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void otherDatabaseErrorsStayOurs() {
        Throwable error = catchThrowable(() -> transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT no_such_column FROM unit", ps -> ps.executeQuery().next())));

        assertThat(error).isNotNull();
        assertThat(DatabaseRefusals.statusOf(error)).isEmpty();
    }
}
