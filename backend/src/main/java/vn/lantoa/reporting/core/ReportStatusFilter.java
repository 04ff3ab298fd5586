package vn.lantoa.reporting.core;

import vn.lantoa.platform.web.UserInputException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which reports a list asks for, as the API's {@code status} parameter says it: words a person asks with ("late":
 * overdue or sent late, "missing": nothing sent yet, "sent": sent at least once, "returned", "accepted") or a status's
 * exact name (OVERDUE, SUBMITTED_ON_TIME...), several separated by commas; a report matching any of them is listed.
 */
public record ReportStatusFilter(Set<String> words) {

    public static final List<String> WORDS = List.of("late", "missing", "sent", "returned", "accepted");

    /** Everything, when nothing is asked; a word that is none of them is refused with a field error. */
    public static ReportStatusFilter parse(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text != null) {
            for (String part : text.split(",")) {
                String w = part.strip();
                if (w.isEmpty()) {
                    continue;
                }
                if (!WORDS.contains(w.toLowerCase(Locale.ROOT)) && !isStatus(w)) {
                    throw UserInputException.of("status", "api.reportStatus.invalid", String.join(", ", WORDS));
                }
                words.add(isStatus(w) ? w : w.toLowerCase(Locale.ROOT));
            }
        }
        return new ReportStatusFilter(Set.copyOf(words));
    }

    private static boolean isStatus(String w) {
        for (ReportStatus s : ReportStatus.values()) {
            if (s.name().equals(w)) {
                return true;
            }
        }
        return false;
    }

    public boolean matches(ReportStatus status, long daysLate) {
        if (words.isEmpty()) {
            return true;
        }
        boolean sent = status.sent();
        for (String w : words) {
            boolean match = switch (w) {
                case "late" -> status == ReportStatus.OVERDUE || daysLate > 0;
                case "missing" -> !sent;
                case "sent" -> sent;
                case "returned" -> status == ReportStatus.RETURNED;
                case "accepted" -> status == ReportStatus.ACCEPTED;
                default -> status.name().equals(w);
            };
            if (match) {
                return true;
            }
        }
        return false;
    }
}
