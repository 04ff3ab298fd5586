package vn.lantoa.apikey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.tenancy.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A new key as an admin asks for it (the page's form or the API's body): what it is for, the role it acts with, read-only
 * or read-write, and the last day it works. access is READ_ONLY or READ_WRITE; expiresOn is dd/mm/yyyy or yyyy-mm-dd.
 */
@Serdeable
public record ApiKeyForm(@Nullable String name, @Nullable String role, @Nullable String access, @Nullable String expiresOn) {

    /**
     * The roles a key may act with. A program may fill and send reports (REPORTER, which also reads the reports of the
     * units below) or write content and files (EDITOR), or log and handle the cases of the listening desk (HOTLINE_OFFICER: a
     * call-centre system); approving, publishing, signing and administering stay with people.
     */
    static final List<Role> ROLES = List.of(Role.REPORTER, Role.EDITOR, Role.HOTLINE_OFFICER);
    static final String READ_ONLY = "READ_ONLY";
    static final String READ_WRITE = "READ_WRITE";
    static final int NAME_MAX = 150;

    static ApiKeyForm empty(Clock clock) {
        return new ApiKeyForm("", Role.REPORTER.name(), READ_ONLY, VietnamTime.today(clock).plusMonths(6).toString());
    }

    /** A validated request for a key. */
    record Valid(String name, Role role, boolean readOnly, LocalDate lastDay) {
    }

    Valid validate(FieldErrors errors, Clock clock) {
        String cleanName = Fields.text(errors, "name", name, NAME_MAX, "apiKey.name.required");
        Role parsedRole = Role.parse(role);
        if (parsedRole == null || !ROLES.contains(parsedRole)) {
            errors.add("role", "apiKey.role.invalid");
        }
        String cleanAccess = access == null ? "" : access.strip().toUpperCase(java.util.Locale.ROOT);
        if (!cleanAccess.equals(READ_ONLY) && !cleanAccess.equals(READ_WRITE)) {
            errors.add("access", "apiKey.access.invalid");
        }
        LocalDate lastDay = null;
        if (expiresOn == null || expiresOn.isBlank()) {
            errors.add("expiresOn", "apiKey.expiresOn.required");
        } else {
            lastDay = Fields.date(errors, "expiresOn", expiresOn);
            LocalDate today = VietnamTime.today(clock);
            // A key lives at most a year: an integration forgotten about stops by itself.
            LocalDate latest = today.plusYears(1);
            if (lastDay != null && !lastDay.isAfter(today)) {
                errors.add("expiresOn", "apiKey.expiresOn.past");
            } else if (lastDay != null && lastDay.isAfter(latest)) {
                errors.add("expiresOn", "apiKey.expiresOn.tooFar", VietnamTime.date(latest));
            }
        }
        return new Valid(cleanName, parsedRole, cleanAccess.equals(READ_ONLY), lastDay);
    }
}
