package vn.lantoa.reporting.core;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One period of an explicit list, such as an exam session: its code, its name, and when it starts and ends (Vietnam time). */
public record ListedPeriod(String code, String label, LocalDateTime start, LocalDateTime end) {

    public Period period() {
        return new Period(PeriodType.LISTED, code, start.toLocalDate(), end.toLocalDate(), label);
    }

    public Instant startInstant() {
        return start.atZone(DueRule.VIETNAM).toInstant();
    }

    public Instant endInstant() {
        return end.atZone(DueRule.VIETNAM).toInstant();
    }

    public String line() {
        return code + "|" + label + "|" + start + "|" + end;
    }

    /** Lines of "code|label|start|end"; a line that does not read is left out (the form that saves them checks each one). */
    public static List<ListedPeriod> parseAll(String text) {
        List<ListedPeriod> list = new ArrayList<>();
        if (text == null) {
            return list;
        }
        for (String line : text.split("\\R")) {
            String[] p = line.split("\\|");
            if (p.length != 4) {
                continue;
            }
            try {
                list.add(new ListedPeriod(p[0].strip(), p[1].strip(), LocalDateTime.parse(p[2].strip()), LocalDateTime.parse(p[3].strip())));
            } catch (java.time.format.DateTimeParseException e) {
                // skipped: see above
            }
        }
        return list;
    }

    public static String join(List<ListedPeriod> periods) {
        return String.join("\n", periods.stream().map(ListedPeriod::line).toList());
    }
}
