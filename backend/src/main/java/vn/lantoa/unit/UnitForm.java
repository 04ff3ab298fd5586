package vn.lantoa.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.text.HostNames;
import vn.lantoa.platform.text.Slugs;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a person fills in for a unit, from the admin form or the JSON API. Every field is text as sent;
 * {@link #validate} turns it into a {@link UnitDraft} or says, field by field, what is wrong.
 */
@Serdeable
public record UnitForm(
        @Nullable String name,
        @Nullable String shortName,
        @Nullable String type,
        @Nullable String schoolLevel,
        @Nullable String slug,
        @Nullable String hostName,
        @Nullable String address,
        @Nullable String phone,
        @Nullable String email,
        @Nullable String website,
        @Nullable String officialEmailDomains,
        @Nullable String closedOn,
        @Nullable String version) {

    /** The same form, made from the given version (the API's If-Match wins over the body's version). */
    public UnitForm withVersion(String v) {
        return new UnitForm(name, shortName, type, schoolLevel, slug, hostName, address, phone, email, website, officialEmailDomains, closedOn, v);
    }

    /** Paths of Lantoa itself, which no unit's site may take. */
    static final Set<String> RESERVED_SLUGS = Set.of("admin", "api", "static", "login", "logout", "health", "account",
            "lang", "password", "invitation", "sitemap", "robots", "feed", "search", "tim-kiem", "favicon");

    public static UnitForm empty() {
        return new UnitForm("", "", "", "", "", "", "", "", "", "", "", "", "");
    }

    public static UnitForm from(Unit u) {
        return new UnitForm(u.name(), nz(u.shortName()), u.type().name(), u.schoolLevel() == null ? "" : u.schoolLevel().name(),
                u.slug(), nz(u.hostName()), nz(u.address()), nz(u.phone()), nz(u.email()), nz(u.website()),
                nz(u.officialEmailDomains()), u.closedOn() == null ? "" : u.closedOn().toString(), String.valueOf(u.version()));
    }

    public UnitDraft validate(FieldErrors errors) {
        String cleanName = Fields.text(errors, "name", name, 255, "unit.name.required");
        String cleanShort = Fields.text(errors, "shortName", shortName, 100, null);
        UnitType cleanType = UnitType.parse(type);
        if (cleanType == null) {
            errors.add("type", "unit.type.required");
        }
        SchoolLevel level = null;
        if (cleanType == UnitType.SCHOOL) {
            level = SchoolLevel.parse(schoolLevel);
            if (level == null) {
                errors.add("schoolLevel", "unit.schoolLevel.required");
            }
        }
        String cleanSlug = VietnameseText.blankToNull(slug);
        if (cleanSlug != null) {
            cleanSlug = cleanSlug.toLowerCase(java.util.Locale.ROOT);
            if (!Slugs.isValid(cleanSlug)) {
                errors.add("slug", "unit.slug.invalid");
            } else if (RESERVED_SLUGS.contains(cleanSlug)) {
                errors.add("slug", "unit.slug.reserved");
            }
        }
        String host = HostNames.normalize(VietnameseText.blankToNull(hostName));
        if (host != null && !HostNames.isValidDomain(host)) {
            errors.add("hostName", "unit.hostName.invalid");
        }
        String cleanAddress = Fields.text(errors, "address", address, 500, null);
        String cleanPhone = Fields.phone(errors, "phone", phone);
        String cleanEmail = Fields.email(errors, "email", email, null);
        String cleanWebsite = null;
        if (VietnameseText.blankToNull(website) != null) {
            cleanWebsite = HostNames.normalizeWebsite(website);
            if (cleanWebsite == null) {
                errors.add("website", "field.website.invalid");
            }
        }
        List<String> domains = HostNames.parseList(officialEmailDomains);
        for (String d : domains) {
            if (!HostNames.isValidDomain(d)) {
                errors.add("officialEmailDomains", "unit.domains.invalid", d);
                break;
            }
        }
        String joinedDomains = domains.isEmpty() ? null : String.join(", ", domains);
        if (joinedDomains != null && joinedDomains.length() > 500) {
            errors.add("officialEmailDomains", "field.tooLong", 500);
        }
        LocalDate closed = Fields.date(errors, "closedOn", closedOn);
        Long parsedVersion = Fields.version(errors, version);
        return new UnitDraft(cleanName, cleanShort, cleanType, level, cleanSlug, host, cleanAddress, cleanPhone, cleanEmail,
                cleanWebsite, joinedDomains, closed, parsedVersion);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
