package vn.lantoa.reporting.obligation;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.PeriodType;

import java.time.LocalDate;

/** A checked obligation, ready to save. */
public record ObligationDraft(long formId, String title, ReportAudience audience, Recipient recipient, PeriodType periodType, DueRule dueRule,
                              boolean moveOffDaysOff, @Nullable Integer opensDaysBefore, String reminderDays, @Nullable Integer lockDays,
                              @Nullable Integer escalateDays, boolean requiresSignoff, LocalDate startsOn, @Nullable String listedPeriods) {

    public ObligationDraft(long formId, String title, ReportAudience audience, Recipient recipient, PeriodType periodType, DueRule dueRule,
                           boolean moveOffDaysOff, Integer opensDaysBefore, String reminderDays, Integer lockDays, Integer escalateDays,
                           boolean requiresSignoff, LocalDate startsOn) {
        this(formId, title, audience, recipient, periodType, dueRule, moveOffDaysOff, opensDaysBefore, reminderDays, lockDays, escalateDays,
                requiresSignoff, startsOn, null);
    }
}
