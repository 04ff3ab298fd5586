package vn.lantoa.topic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The month ("2026-11"), quarter ("2026-Q4") or year ("2026") coverage is counted over, in Vietnam's calendar. */
record CoveragePeriod(String code, LocalDate start, LocalDate end, String label) {

    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** The period of the code, or null when it is none (the page then says so next to the field). */
    static CoveragePeriod parse(String code) {
        if (code == null) {
            return null;
        }
        Matcher m = MONTH.matcher(code.strip());
        if (m.matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return sane(new CoveragePeriod(month.toString(), month.atDay(1), month.atEndOfMonth(), "Tháng " + month.getMonthValue() + "/" + month.getYear()));
        }
        m = QUARTER.matcher(code.strip());
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            YearMonth first = YearMonth.of(year, (q - 1) * 3 + 1);
            return sane(new CoveragePeriod(year + "-Q" + q, first.atDay(1), first.plusMonths(2).atEndOfMonth(), "Quý " + ROMAN[q - 1] + "/" + year));
        }
        m = YEAR.matcher(code.strip());
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return sane(new CoveragePeriod(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "Năm " + year));
        }
        return null;
    }

    private static CoveragePeriod sane(CoveragePeriod p) {
        return p.start.getYear() < 2000 || p.start.getYear() > 2100 ? null : p;
    }

    static CoveragePeriod thisYear(LocalDate today) {
        return parse(String.valueOf(today.getYear()));
    }

    int year() {
        return start.getYear();
    }

    /** The plan quarters (bit mask, 1 = Q1 ... 8 = Q4) the period touches. */
    int quarterMask() {
        int mask = 0;
        for (int q = (start.getMonthValue() - 1) / 3; q <= (end.getMonthValue() - 1) / 3; q++) {
            mask |= 1 << q;
        }
        return mask;
    }
}
