package vn.lantoa.disclosure;

import vn.lantoa.tenancy.SchoolLevel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a school must publish under Thông tư 09/2024/TT-BGDĐT, by section, with how often and by when. Yearly items
 * are due by 30 June; a mầm non school also publishes its education plan for each month by the 25th of the month
 * before, and its weekly menu by the Saturday before the week. A change to published information is due within
 * 10 working days of the change (shown as the rule; Lantoa cannot know when a change happened).
 */
public enum Requirement {
    GENERAL_INFO(Section.GENERAL, Frequency.YEARLY, null),
    ORGANISATION(Section.GENERAL, Frequency.YEARLY, null),
    FEES(Section.FINANCE, Frequency.YEARLY, null),
    BUDGET(Section.FINANCE, Frequency.YEARLY, null),
    STAFF(Section.QUALITY, Frequency.YEARLY, null),
    FACILITIES(Section.QUALITY, Frequency.YEARLY, null),
    ENROLMENT_PLAN(Section.PLANS, Frequency.YEARLY, null),
    EDUCATION_RESULTS(Section.PLANS, Frequency.YEARLY, null),
    MONTHLY_PLAN(Section.PLANS, Frequency.MONTHLY, EnumSet.of(SchoolLevel.MN)),
    WEEKLY_MENU(Section.PLANS, Frequency.WEEKLY, EnumSet.of(SchoolLevel.MN)),
    ANNUAL_REPORT(Section.ANNUAL_REPORT, Frequency.YEARLY, null);

    /** The sections of the public disclosure page, in the order of the circular. */
    public enum Section {
        GENERAL, FINANCE, QUALITY, PLANS, ANNUAL_REPORT;

        public String labelKey() {
            return "disclosure.section." + name();
        }
    }

    public enum Frequency { YEARLY, MONTHLY, WEEKLY }

    private final Section section;
    private final Frequency frequency;
    private final Set<SchoolLevel> onlyFor;

    Requirement(Section section, Frequency frequency, Set<SchoolLevel> onlyFor) {
        this.section = section;
        this.frequency = frequency;
        this.onlyFor = onlyFor;
    }

    public Section section() {
        return section;
    }

    public Frequency frequency() {
        return frequency;
    }

    public String labelKey() {
        return "disclosure.requirement." + name();
    }

    public String ruleKey() {
        return "disclosure.rule." + frequency.name();
    }

    public boolean appliesTo(SchoolLevel level) {
        return onlyFor == null || (level != null && (onlyFor.contains(level) || level == SchoolLevel.LIEN_CAP && onlyFor.contains(SchoolLevel.MN)));
    }

    public static List<Requirement> forLevel(SchoolLevel level) {
        return Arrays.stream(values()).filter(r -> r.appliesTo(level)).toList();
    }

    /** The period before {@link #currentPeriod}: its due date has passed, so a missing item is overdue. */
    public String previousPeriod(LocalDate today) {
        String current = currentPeriod(today);
        return switch (frequency) {
            case YEARLY -> String.valueOf(Integer.parseInt(current) - 1);
            case MONTHLY -> YearMonth.parse(current).minusMonths(1).toString();
            case WEEKLY -> weekOf(dueDate(current).plusDays(2).minusWeeks(1));
        };
    }

    private static String weekOf(LocalDate monday) {
        return monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + String.format(Locale.ROOT, "%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The period whose item is due next on or after the day, e.g. "2027" (due 30/6/2027), "2026-12", "2026-W49". */
    public String currentPeriod(LocalDate today) {
        return switch (frequency) {
            case YEARLY -> String.valueOf(today.isAfter(LocalDate.of(today.getYear(), 6, 30)) ? today.getYear() + 1 : today.getYear());
            case MONTHLY -> {
                // The plan for next month is due on the 25th of this month; after that, the month after next.
                YearMonth next = YearMonth.from(today).plusMonths(today.getDayOfMonth() > 25 ? 2 : 1);
                yield next.toString();
            }
            case WEEKLY -> weekOf(today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)).plusDays(2));
        };
    }

    /** The last day an item for the period may be published on time. */
    public LocalDate dueDate(String period) {
        return switch (frequency) {
            case YEARLY -> LocalDate.of(Integer.parseInt(period), 6, 30);
            case MONTHLY -> YearMonth.parse(period).minusMonths(1).atDay(25);
            case WEEKLY -> {
                int year = Integer.parseInt(period.substring(0, 4));
                int week = Integer.parseInt(period.substring(6));
                LocalDate monday = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
                yield monday.minusDays(2);
            }
        };
    }

    public static boolean validPeriod(Requirement r, String period) {
        if (period == null) {
            return false;
        }
        return switch (r.frequency) {
            case YEARLY -> period.matches("20\\d\\d");
            case MONTHLY -> period.matches("20\\d\\d-(0[1-9]|1[0-2])");
            case WEEKLY -> period.matches("20\\d\\d-W(0[1-9]|[1-4]\\d|5[0-3])");
        };
    }

    public static Requirement parse(String value) {
        try {
            return value == null ? null : Requirement.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
