package vn.lantoa.press.desk;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.web.FieldErrors;

import java.util.List;

/** The press settings form as typed; checked here so each mistake is named next to its field. */
public record SettingsInput(@Nullable String questionDueDays, @Nullable String statementHours, @Nullable String digestFrequency,
                            @Nullable String version) {

    static final int DUE_DAYS_MAX = 60;
    /** A week: the rule asks for a statement within 24 hours; a unit may ask itself for less, not for a month. */
    static final int STATEMENT_HOURS_MAX = 168;
    public static final List<String> FREQUENCIES = List.of("DAILY", "WEEKLY", "OFF");

    record Checked(int questionDueDays, int statementHours, String digestFrequency) {
    }

    Checked validate(FieldErrors errors) {
        Integer days = number(errors, "questionDueDays", questionDueDays, DUE_DAYS_MAX, "press.settings.dueDays.invalid");
        Integer hours = number(errors, "statementHours", statementHours, STATEMENT_HOURS_MAX, "press.settings.statementHours.invalid");
        String freq = digestFrequency == null ? "" : digestFrequency.strip();
        if (!FREQUENCIES.contains(freq)) {
            errors.add("digestFrequency", "press.settings.digest.invalid");
        }
        return errors.hasAny() ? null : new Checked(days, hours, freq);
    }

    private static Integer number(FieldErrors errors, String field, String value, int max, String key) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below, as any other wrong number
        }
        errors.add(field, key, max);
        return null;
    }

    SettingsInput orBlank() {
        return new SettingsInput(b(questionDueDays), b(statementHours), b(digestFrequency), b(version));
    }

    private static String b(String s) {
        return s == null ? "" : s;
    }
}
