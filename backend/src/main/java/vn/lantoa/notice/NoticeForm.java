package vn.lantoa.notice;

import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.sharing.Audience;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A notice as typed into the form (expiry as Vietnamese local time, "2026-10-12T18:00" from the browser's picker or
 * "12/10/2026 18:00"), and its checks. {@code audience} is a sharing audience code or "UNITS" with the chosen units.
 */
public record NoticeForm(String kind, String severity, String title, String body, String expiresAt, String audience, List<Long> unitIds) {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 1000;
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu H:mm");
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    /** A checked notice, ready to send. audience is null when units were chosen one by one. */
    record Valid(NoticeKind kind, NoticeSeverity severity, String title, String body, Instant expiresAt, Audience audience, List<Long> unitIds) {
    }

    Valid validate(Instant now) {
        FieldErrors errors = new FieldErrors();
        NoticeKind k = NoticeKind.parse(kind);
        if (k == null) {
            errors.add("kind", "notice.kind.required");
        }
        NoticeSeverity s = NoticeSeverity.parse(severity);
        if (s == null) {
            errors.add("severity", "notice.severity.required");
        }
        String t = VietnameseText.blankToNull(title);
        if (t == null) {
            errors.add("title", "notice.title.required");
        } else if (t.length() > TITLE_MAX) {
            errors.add("title", "notice.title.tooLong", TITLE_MAX);
        }
        String b = VietnameseText.multiline(body);
        if (b == null) {
            errors.add("body", "notice.body.required");
        } else if (b.length() > BODY_MAX) {
            errors.add("body", "notice.body.tooLong", BODY_MAX, b.length());
        }
        Instant until = parseExpiry(expiresAt);
        if (until == null) {
            errors.add("expiresAt", "notice.expiresAt.invalid");
        } else if (!until.isAfter(now)) {
            errors.add("expiresAt", "notice.expiresAt.past");
        } else if (until.isAfter(now.plus(java.time.Duration.ofDays(31)))) {
            errors.add("expiresAt", "notice.expiresAt.tooFar");
        }
        Audience a = Targets.CHOSEN.equals(audience) ? null : Audience.parse(audience);
        List<Long> chosen = unitIds == null ? List.of() : new ArrayList<>(unitIds.stream().distinct().limit(5000).toList());
        if (a == null && !Targets.CHOSEN.equals(audience)) {
            errors.add("audience", "notice.audience.required");
        } else if (a == null && chosen.isEmpty()) {
            errors.add("audience", "notice.audience.noneChosen");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return new Valid(k, s, t, b, until, a, chosen);
    }

    static Instant parseExpiry(String text) {
        String v = VietnameseText.blankToNull(text);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v, v.contains("/") ? TYPED : PICKER).atZone(VietnamTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String pickerValue(Instant instant) {
        return instant == null ? "" : PICKER.format(instant.atZone(VietnamTime.ZONE));
    }
}
