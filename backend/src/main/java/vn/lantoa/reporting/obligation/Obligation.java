package vn.lantoa.reporting.obligation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.ListedPeriod;
import vn.lantoa.reporting.core.PeriodType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A reporting duty an issuer sets for the units below it: which form, who submits (the audience), to whom, for which
 * periods and by when. reminderDays lists the days before the due date when reminders go ("7,3,1"); lockDays closes
 * a period that many days after the due date; escalateDays shows units still missing to the level above.
 */
@MappedEntity("obligation")
public record Obligation(@Id @GeneratedValue @Nullable Long id, Long unitId, Long formId, String title, String audience, Recipient recipient,
                         PeriodType periodType, String dueRule, boolean moveOffDaysOff, @Nullable Integer opensDaysBefore,
                         String reminderDays, @Nullable Integer lockDays, @Nullable Integer escalateDays, boolean requiresSignoff,
                         LocalDate startsOn, boolean active, Instant createdAt, Instant updatedAt, @Nullable Long createdBy,
                         @Nullable Long updatedBy, @Version @Nullable Long version, @Nullable String listedPeriods) {

    public DueRule rule() {
        return DueRule.parse(dueRule);
    }

    public List<Integer> reminders() {
        return reminderDays.isBlank() ? List.of() : Arrays.stream(reminderDays.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    /** The explicit periods of a listed obligation (the sessions of an exam), in their order. */
    public List<ListedPeriod> listed() {
        return ListedPeriod.parseAll(listedPeriods);
    }

    public ReportAudience audienceRule() {
        return ReportAudience.parse(audience);
    }
}
