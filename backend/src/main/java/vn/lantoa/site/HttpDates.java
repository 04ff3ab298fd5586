package vn.lantoa.site;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The Date header of cached answers, formatted once a second rather than once a request. */
final class HttpDates {

    private static volatile long second;
    private static volatile String formatted = "";

    private HttpDates() {
    }

    static String now() {
        long current = System.currentTimeMillis() / 1000;
        if (current != second) {
            formatted = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochSecond(current).atOffset(ZoneOffset.UTC));
            second = current;
        }
        return formatted;
    }
}
