package vn.lantoa.press.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** One event as an iCalendar file (RFC 5545), for the participants' calendars; times in UTC, so no time-zone block is needed. */
final class EventIcs {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private EventIcs() {
    }

    static byte[] of(PressEvent e, String host, Instant stamp) {
        Instant end = e.endsAt() != null ? e.endsAt() : e.startsAt().plus(Duration.ofHours(1));
        StringBuilder b = new StringBuilder();
        line(b, "BEGIN:VCALENDAR");
        line(b, "VERSION:2.0");
        line(b, "PRODID:-//Lantoa//Press events//VI");
        line(b, "BEGIN:VEVENT");
        line(b, "UID:press-event-" + e.id() + "@" + host);
        line(b, "DTSTAMP:" + UTC.format(stamp));
        line(b, "DTSTART:" + UTC.format(e.startsAt()));
        line(b, "DTEND:" + UTC.format(end));
        line(b, "SUMMARY:" + text(e.title()));
        line(b, "LOCATION:" + text(e.place()));
        if (e.description() != null) {
            line(b, "DESCRIPTION:" + text(e.description()));
        }
        line(b, "END:VEVENT");
        line(b, "END:VCALENDAR");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Escapes what RFC 5545 reserves in text values. */
    static String text(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "");
    }

    /** Lines end in CRLF and fold at 75 octets, never inside a UTF-8 character. */
    private static void line(StringBuilder b, String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + n > 74) {
                b.append("\r\n ");
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        b.append("\r\n");
    }
}
