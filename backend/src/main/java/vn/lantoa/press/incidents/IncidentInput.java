package vn.lantoa.press.incidents;

import vn.lantoa.press.IncidentType;

import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.press.Severity;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * An incident as typed (form or API): firstAlertAt is Vietnam time, dd/MM/yyyy HH:mm (or ISO yyyy-MM-ddTHH:mm from the API).
 * from and ref name the source it is opened from (RAPID_REPORT, CLIPPING, CASE and its id); blank for one opened by hand.
 */
public record IncidentInput(String title, String type, String severity, String ownerId, String summary, String firstAlertAt, String from, String ref) {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm").withResolverStyle(ResolverStyle.STRICT);

    record Draft(String title, IncidentType type, Severity severity, Long ownerId, String summary, Instant firstAlertAt) {
    }

    Draft validate(FieldErrors errors, Instant now) {
        String t = Fields.text(errors, "title", title, 300, "press.incident.title.required");
        IncidentType ty = IncidentType.parse(type);
        if (ty == null) {
            errors.add("type", "press.incident.type.required");
        }
        Severity sev = Severity.parse(severity);
        if (sev == null) {
            errors.add("severity", "press.incident.severity.required");
        }
        Long owner = null;
        if (VietnameseText.blankToNull(ownerId) != null) {
            try {
                owner = Long.parseLong(ownerId.strip());
            } catch (NumberFormatException e) {
                errors.add("ownerId", "press.incident.owner.invalid");
            }
        }
        String s = Fields.multiline(errors, "summary", summary, 10_000);
        Instant alert = alertTime(errors, firstAlertAt, now);
        return errors.hasAny() ? null : new Draft(t, ty, sev, owner, s, alert);
    }

    /** Required; never in the future (a first alert has happened), and not before 2000. */
    static Instant alertTime(FieldErrors errors, String value, Instant now) {
        String v = VietnameseText.blankToNull(value);
        if (v == null) {
            errors.add("firstAlertAt", "press.incident.firstAlertAt.required");
            return null;
        }
        LocalDateTime local;
        try {
            local = v.contains("T") ? LocalDateTime.parse(v.length() > 16 ? v.substring(0, 16) : v) : LocalDateTime.parse(v, FORMAT);
        } catch (DateTimeParseException e) {
            errors.add("firstAlertAt", "press.incident.firstAlertAt.invalid");
            return null;
        }
        Instant at = local.atZone(VietnamTime.ZONE).toInstant();
        if (at.isAfter(now.plusSeconds(60)) || local.getYear() < 2000) {
            errors.add("firstAlertAt", "press.incident.firstAlertAt.future");
            return null;
        }
        return at;
    }

    static String show(Instant at) {
        return at == null ? "" : FORMAT.format(at.atZone(VietnamTime.ZONE));
    }
}
