package vn.lantoa.platform.api;

import org.junit.jupiter.api.Test;
import vn.lantoa.platform.web.UserInputException;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SortingTest {

    record School(String name, Instant sentAt) {
    }

    private static final Sorting<School> ORDER = Sorting.by(Map.of(
            "name", Comparator.comparing(School::name),
            "sentAt", Sorting.nullsLast(School::sentAt)));

    private static final List<School> SCHOOLS = List.of(
            new School("Tân Mai", Instant.parse("2026-11-24T10:00:00Z")),
            new School("An Bình", null),
            new School("Bình Minh", Instant.parse("2026-11-20T10:00:00Z")));

    @Test
    void aListKeepsItsOwnOrderOrIsSortedByTheAskedFieldEitherWay() {
        assertThat(ORDER.sort(null, SCHOOLS)).extracting(School::name).containsExactly("Tân Mai", "An Bình", "Bình Minh");
        assertThat(ORDER.sort("name", SCHOOLS)).extracting(School::name).containsExactly("An Bình", "Bình Minh", "Tân Mai");
        assertThat(ORDER.sort("sentAt", SCHOOLS)).extracting(School::name).containsExactly("Bình Minh", "Tân Mai", "An Bình");
        assertThat(ORDER.sort("-name", SCHOOLS)).extracting(School::name).containsExactly("Tân Mai", "Bình Minh", "An Bình");
    }

    @Test
    void aFieldTheListDoesNotSortByIsRefusedNamingTheOnesItDoes() {
        assertThatThrownBy(() -> ORDER.sort("hieuTruong", SCHOOLS)).isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(((UserInputException) e).errors().all().get(0).field()).isEqualTo("sort"));
    }

    @Test
    void updatedSinceIsAnInstantWithItsOffsetAndKeepsWhatChangedFromThen() {
        Instant since = Since.of("2026-11-22T00:00:00+07:00");

        assertThat(since).isEqualTo(Instant.parse("2026-11-21T17:00:00Z"));
        assertThat(Since.keeps(since, Instant.parse("2026-11-24T10:00:00Z"))).isTrue();
        assertThat(Since.keeps(since, Instant.parse("2026-11-20T10:00:00Z"))).isFalse();
        assertThat(Since.keeps(since, null)).isFalse();
        assertThat(Since.keeps(null, null)).isTrue();
        assertThat(Since.of(" ")).isNull();
        assertThatThrownBy(() -> Since.of("hôm qua")).isInstanceOf(UserInputException.class);
    }
}
