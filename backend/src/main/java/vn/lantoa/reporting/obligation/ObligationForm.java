package vn.lantoa.reporting.obligation;

import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.ListedPeriod;
import vn.lantoa.reporting.core.PeriodType;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The "giao báo cáo" form as posted: who must report (one or more audience boxes), to whom, how often and by when.
 * The due rule is chosen by kind and a number or a date, and shown back in words before it is saved.
 */
public record ObligationForm(String title, String formId, List<String> audience, String recipient, String periodType, String dueKind,
                             String dueDay, String dueDate, boolean moveOffDaysOff, String opensDaysBefore, String reminderDays, String lockDays,
                             String escalateDays, boolean requiresSignoff, String startsOn, String listed) {

    public static ObligationForm empty(LocalDate today) {
        return new ObligationForm("", "", List.of("CHILDREN"), "PARENT", "MONTHLY", "DAY_OF_NEXT_MONTH", "20", "", false, "", "5, 2, 1", "", "5",
                false, today.withDayOfMonth(1).toString(), "");
    }

    public static ObligationForm parse(Map<String, String> posted) {
        List<String> audience = Arrays.stream(posted.getOrDefault("audience", "").split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ObligationForm(posted.getOrDefault("title", "").strip(), posted.getOrDefault("formId", ""), audience,
                posted.getOrDefault("recipient", ""), posted.getOrDefault("periodType", ""), posted.getOrDefault("dueKind", ""),
                posted.getOrDefault("dueDay", "").strip(), posted.getOrDefault("dueDate", "").strip(), posted.containsKey("moveOffDaysOff"),
                posted.getOrDefault("opensDaysBefore", "").strip(), posted.getOrDefault("reminderDays", "").strip(),
                posted.getOrDefault("lockDays", "").strip(), posted.getOrDefault("escalateDays", "").strip(), posted.containsKey("requiresSignoff"),
                posted.getOrDefault("startsOn", "").strip(), posted.getOrDefault("listed", "").strip());
    }

    public boolean has(String selector) {
        return audience.contains(selector);
    }

    public ObligationDraft validate(FieldErrors errors) {
        if (title.isBlank()) {
            errors.add("title", "obligation.titleRequired");
        } else if (title.length() > 300) {
            errors.add("title", "reportForm.titleTooLong", 300);
        }
        Long form = parseLong(formId);
        if (form == null) {
            errors.add("formId", "obligation.formRequired");
        }
        ReportAudience who = ReportAudience.parse(String.join(",", audience));
        if (who == null) {
            errors.add("audience", "obligation.audienceRequired");
        }
        Recipient to = enumOf(Recipient.class, recipient);
        if (to == null) {
            errors.add("recipient", "obligation.recipientRequired");
        }
        PeriodType type = enumOf(PeriodType.class, periodType);
        if (type == null) {
            errors.add("periodType", "obligation.periodTypeRequired");
        }
        DueRule rule = rule(errors);
        if (rule instanceof DueRule.Fixed && type != null && type != PeriodType.YEARLY && type != PeriodType.SCHOOL_YEAR) {
            errors.add("dueKind", "obligation.fixedNeedsYear");
        }
        boolean quick = type == PeriodType.LISTED || type == PeriodType.EVENT;
        if (rule != null && type != null && quick != (rule instanceof DueRule.HoursAfterEvent)) {
            errors.add("dueKind", quick ? "obligation.quickNeedsHours" : "obligation.hoursNeedQuick");
        }
        String sessions = type == PeriodType.LISTED ? sessions(errors) : null;
        Integer opens = small(opensDaysBefore, "opensDaysBefore", 0, 366, errors);
        Integer lock = small(lockDays, "lockDays", 0, 366, errors);
        Integer escalate = small(escalateDays, "escalateDays", 1, 366, errors);
        String reminders = reminders(errors);
        LocalDate starts = null;
        try {
            starts = LocalDate.parse(startsOn);
        } catch (DateTimeParseException e) {
            errors.add("startsOn", "obligation.startsOnInvalid");
        }
        if (errors.hasAny()) {
            return null;
        }
        return new ObligationDraft(form, title, who, to, type, rule, moveOffDaysOff, opens, reminders, lock, escalate, requiresSignoff, starts,
                sessions);
    }

    private DueRule rule(FieldErrors errors) {
        return switch (dueKind) {
            case "DAY_OF_PERIOD_MONTH", "DAY_OF_NEXT_MONTH", "DAYS_AFTER_END" -> {
                DueRule r = DueRule.parse(dueKind + ":" + dueDay);
                if (r == null) {
                    errors.add("dueDay", dueKind.equals("DAYS_AFTER_END") ? "obligation.daysInvalid" : "obligation.dayInvalid");
                }
                yield r;
            }
            case "HOURS_AFTER_EVENT" -> {
                DueRule r = DueRule.parse(dueKind + ":" + dueDay);
                if (r == null) {
                    errors.add("dueDay", "obligation.hoursInvalid");
                }
                yield r;
            }
            case "FIXED" -> {
                try {
                    LocalDate d = LocalDate.parse(dueDate);
                    yield new DueRule.Fixed(MonthDay.from(d));
                } catch (DateTimeParseException e) {
                    errors.add("dueDate", "obligation.dueDateInvalid");
                    yield null;
                }
            }
            default -> {
                errors.add("dueKind", "obligation.dueKindRequired");
                yield null;
            }
        };
    }

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter.ofPattern("d/M/uuuu H:mm")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** "Ngữ văn, sáng 27/6/2026 | 27/6/2026 7:30 | 27/6/2026 9:30", one session a line, stored as listed periods B1, B2, ... */
    private String sessions(FieldErrors errors) {
        List<ListedPeriod> list = new ArrayList<>();
        String[] lines = listed.split("\\R");
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String[] p = line.split("\\|");
            try {
                if (p.length != 3 || p[0].isBlank()) {
                    throw new java.time.format.DateTimeParseException("parts", line, 0);
                }
                java.time.LocalDateTime start = java.time.LocalDateTime.parse(p[1].strip(), WHEN);
                java.time.LocalDateTime end = java.time.LocalDateTime.parse(p[2].strip(), WHEN);
                if (end.isBefore(start)) {
                    errors.add("listed", "obligation.sessionEndsBeforeStart", list.size() + 1);
                    return null;
                }
                list.add(new ListedPeriod("B" + (list.size() + 1), p[0].strip().replace("|", " "), start, end));
            } catch (java.time.format.DateTimeParseException e) {
                errors.add("listed", "obligation.sessionInvalid", list.size() + 1);
                return null;
            }
        }
        if (list.isEmpty()) {
            errors.add("listed", "obligation.sessionsRequired");
            return null;
        }
        return ListedPeriod.join(list);
    }

    private String reminders(FieldErrors errors) {
        if (reminderDays.isBlank()) {
            return "";
        }
        List<String> days = new ArrayList<>();
        for (String part : reminderDays.split("[,;\\s]+")) {
            Integer n = part.isBlank() ? null : small(part, "reminderDays", 0, 60, errors);
            if (n != null && !days.contains(String.valueOf(n))) {
                days.add(String.valueOf(n));
            }
        }
        return String.join(",", days);
    }

    private static Integer small(String text, String field, int min, int max, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < min || n > max) {
                errors.add(field, "obligation.numberRange", min, max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            errors.add(field, "obligation.numberRange", min, max);
            return null;
        }
    }

    private static Long parseLong(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
