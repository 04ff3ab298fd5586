package vn.lantoa.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** A campaign launched by a unit for units below it ("Kỳ thi tốt nghiệp THPT năm 2026", "Tháng an toàn giao thông"). */
@MappedEntity("campaign")
public record Campaign(@Id @GeneratedValue @Nullable Long id, Long unitId, String name, String categoryName, String categorySlug, String audience,
                       LocalDate startsOn, LocalDate endsOn, @Nullable Instant endedAt, @Nullable Long bannerFileId, @Nullable String bannerAlt,
                       @Nullable String keyMessages, String shownState, Instant createdAt, @Nullable Long createdBy, Instant updatedAt,
                       @Nullable Long updatedBy, @Version @Nullable Long version) {

    /** Where a campaign stands on a day: decided when read, so it ends at its end date without anyone acting. */
    public enum State { UPCOMING, RUNNING, ENDED }

    public State stateOn(LocalDate today) {
        return state(startsOn, endsOn, endedAt, today);
    }

    static State state(LocalDate startsOn, LocalDate endsOn, Instant endedAt, LocalDate today) {
        if (endedAt != null || today.isAfter(endsOn)) {
            return State.ENDED;
        }
        return today.isBefore(startsOn) ? State.UPCOMING : State.RUNNING;
    }

    /** The key messages, one a line, as the launcher wrote them. */
    public List<String> messages() {
        return lines(keyMessages);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Days left counting today (1 on the last day), 0 once ended. */
    public long daysLeft(LocalDate today) {
        return daysLeft(startsOn, endsOn, endedAt, today);
    }

    static long daysLeft(LocalDate startsOn, LocalDate endsOn, Instant endedAt, LocalDate today) {
        return state(startsOn, endsOn, endedAt, today) == State.ENDED ? 0
                : java.time.temporal.ChronoUnit.DAYS.between(today.isBefore(startsOn) ? startsOn : today, endsOn) + 1;
    }

    Campaign withState(String state) {
        return new Campaign(id, unitId, name, categoryName, categorySlug, audience, startsOn, endsOn, endedAt, bannerFileId, bannerAlt, keyMessages,
                state, createdAt, createdBy, updatedAt, updatedBy, version);
    }
}
