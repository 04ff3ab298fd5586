package vn.lantoa.reporting.core;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reporting period of a calendar type, with its first and last day and its code ("2026-11", "2026-Q4",
 * "2026-H2", "2026-2027", "2026-2027-HK1", "2026"). Listed and event periods are not calendar periods and are made elsewhere.
 */
public record Period(PeriodType type, String code, LocalDate start, LocalDate end, String name) {

    public Period(PeriodType type, String code, LocalDate start, LocalDate end) {
        this(type, code, start, end, null);
    }

    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern HALF = Pattern.compile("^(\\d{4})-H([12])$");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("^(\\d{4})-(\\d{4})$");
    private static final Pattern SEMESTER = Pattern.compile("^(\\d{4})-(\\d{4})-HK([12])$");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};
    private static final Pattern EVENT = Pattern.compile("^E(\\d{12})-([a-z0-9]{4,8})$");
    private static final java.time.format.DateTimeFormatter EVENT_TIME = java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    /** The period of one event ("as it happens"): its code carries the Vietnam time it happened, minute by minute. */
    public static Period event(java.time.Instant happened, String suffix) {
        java.time.LocalDateTime at = java.time.LocalDateTime.ofInstant(happened, DueRule.VIETNAM);
        return parse(PeriodType.EVENT, "E" + EVENT_TIME.format(at) + "-" + suffix);
    }

    /** The instant an event happened, for an event period. */
    public java.time.Instant eventInstant() {
        Matcher m = EVENT.matcher(code);
        if (!m.matches()) {
            throw new IllegalStateException("not an event period: " + code);
        }
        return java.time.LocalDateTime.parse(m.group(1), EVENT_TIME).atZone(DueRule.VIETNAM).toInstant();
    }

    /** The period of the type that contains the day. */
    public static Period containing(PeriodType type, LocalDate day) {
        return switch (type) {
            case MONTHLY -> month(YearMonth.from(day));
            case QUARTERLY -> quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> half(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
            case SCHOOL_YEAR -> schoolYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
            case SEMESTER -> semesterOf(day);
            case YEARLY -> new Period(type, String.valueOf(day.getYear()), LocalDate.of(day.getYear(), 1, 1), LocalDate.of(day.getYear(), 12, 31));
            case LISTED, EVENT -> throw new IllegalArgumentException(type + " periods are not cut from the calendar");
        };
    }

    /** The period of the type with this code, or null when the code is not one. */
    public static Period parse(PeriodType type, String code) {
        if (code == null) {
            return null;
        }
        try {
            return switch (type) {
                case MONTHLY -> month(YearMonth.parse(code));
                case QUARTERLY -> {
                    Matcher m = QUARTER.matcher(code);
                    yield m.matches() ? quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
                }
                case HALF_YEAR -> {
                    Matcher m = HALF.matcher(code);
                    yield m.matches() ? half(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
                }
                case SCHOOL_YEAR -> {
                    Matcher m = SCHOOL_YEAR.matcher(code);
                    yield m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1 ? schoolYear(Integer.parseInt(m.group(1))) : null;
                }
                case SEMESTER -> {
                    Matcher m = SEMESTER.matcher(code);
                    yield m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1
                            ? semester(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))) : null;
                }
                case YEARLY -> code.matches("^\\d{4}$") ? containing(type, LocalDate.of(Integer.parseInt(code), 1, 1)) : null;
                case EVENT -> {
                    Matcher m = EVENT.matcher(code);
                    if (!m.matches()) {
                        yield null;
                    }
                    java.time.LocalDateTime at = java.time.LocalDateTime.parse(m.group(1), EVENT_TIME);
                    yield new Period(type, code, at.toLocalDate(), at.toLocalDate(),
                            String.format(Locale.ROOT, "Sự việc lúc %02d:%02d ngày %02d/%02d/%d", at.getHour(), at.getMinute(), at.getDayOfMonth(),
                                    at.getMonthValue(), at.getYear()));
                }
                case LISTED -> null;
            };
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public Period next() {
        if (type == PeriodType.SEMESTER) {
            return code.endsWith("HK1") ? semester(schoolYearStart(), 2) : semester(schoolYearStart() + 1, 1);
        }
        return containing(type, end.plusDays(1));
    }

    public Period previous() {
        if (type == PeriodType.SEMESTER) {
            return code.endsWith("HK2") ? semester(schoolYearStart(), 1) : semester(schoolYearStart() - 1, 2);
        }
        return containing(type, start.minusDays(1));
    }

    /** The period as a Vietnamese report names it: "Tháng 11/2026", "Quý IV/2026", "Năm học 2026-2027". */
    public String label() {
        return switch (type) {
            case MONTHLY -> String.format(Locale.ROOT, "Tháng %d/%d", start.getMonthValue(), start.getYear());
            case QUARTERLY -> "Quý " + ROMAN[(start.getMonthValue() - 1) / 3] + "/" + start.getYear();
            case HALF_YEAR -> (start.getMonth() == Month.JANUARY ? "6 tháng đầu năm " : "6 tháng cuối năm ") + start.getYear();
            case SCHOOL_YEAR -> "Năm học " + code;
            case SEMESTER -> (code.endsWith("HK1") ? "Học kỳ I" : "Học kỳ II") + " năm học " + code.substring(0, 9);
            case YEARLY -> "Năm " + code;
            case LISTED, EVENT -> name == null ? code : name;
        };
    }

    private static Period month(YearMonth month) {
        return new Period(PeriodType.MONTHLY, month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    private static Period quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
        return new Period(PeriodType.QUARTERLY, year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    private static Period half(int year, int half) {
        YearMonth first = YearMonth.of(year, half == 1 ? 1 : 7);
        return new Period(PeriodType.HALF_YEAR, year + "-H" + half, first.atDay(1), first.plusMonths(5).atEndOfMonth());
    }

    /**
     * A semester (học kỳ) of the Vietnamese school calendar: học kỳ I from 1 September (school opens on the 5th; the
     * month is counted whole) to 15 January, học kỳ II from 16 January to 31 May. The summer has no semester: a day of
     * June to August belongs to the học kỳ II just ended, whose report is made then; next() and previous() step over it.
     */
    private static Period semesterOf(LocalDate day) {
        int year = day.getYear();
        if (day.getMonthValue() >= 9) {
            return semester(year, 1);
        }
        if (day.getMonthValue() == 1 && day.getDayOfMonth() <= 15) {
            return semester(year - 1, 1);
        }
        return semester(year - 1, 2);
    }

    private static Period semester(int startYear, int n) {
        String code = startYear + "-" + (startYear + 1) + "-HK" + n;
        return n == 1 ? new Period(PeriodType.SEMESTER, code, LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 1, 15))
                : new Period(PeriodType.SEMESTER, code, LocalDate.of(startYear + 1, 1, 16), LocalDate.of(startYear + 1, 5, 31));
    }

    private int schoolYearStart() {
        return Integer.parseInt(code.substring(0, 4));
    }

    private static Period schoolYear(int startYear) {
        return new Period(PeriodType.SCHOOL_YEAR, startYear + "-" + (startYear + 1), LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 8, 31));
    }
}
