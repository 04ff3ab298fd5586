package vn.lantoa.press.contacts;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.platform.text.HostNames;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

/** An outlet as typed; a website must be an http(s) address with a real host (never javascript: or data:). */
public record OutletInput(@Nullable String name, @Nullable String kind, @Nullable String scope, @Nullable String website,
                          @Nullable String email, @Nullable String phone, @Nullable String version) {

    public record Draft(String name, OutletKind kind, OutletScope scope, @Nullable String website, @Nullable String email, @Nullable String phone) {
    }

    static OutletInput empty() {
        return new OutletInput("", OutletKind.NEWSPAPER.name(), OutletScope.LOCAL.name(), "", "", "", null);
    }

    static OutletInput of(Outlet o) {
        return new OutletInput(o.name(), o.kind().name(), o.scope().name(), b(o.website()), b(o.email()), b(o.phone()), String.valueOf(o.version()));
    }

    OutletInput orBlank() {
        return new OutletInput(b(name), b(kind), b(scope), b(website), b(email), b(phone), b(version));
    }

    private static String b(String s) {
        return s == null ? "" : s;
    }

    Draft validate(FieldErrors errors) {
        String n = Fields.text(errors, "name", name, ContactInput.NAME_MAX, "contacts.outlet.name.required");
        OutletKind k = OutletKind.parse(kind);
        if (k == null) {
            errors.add("kind", "contacts.outlet.kind.required");
        }
        OutletScope s = OutletScope.parse(scope);
        if (s == null) {
            errors.add("scope", "contacts.outlet.scope.required");
        }
        String w = null;
        if (VietnameseText.blankToNull(website) != null) {
            w = HostNames.normalizeWebsite(website);
            if (w == null) {
                errors.add("website", "field.website.invalid");
            }
        }
        String e = Fields.email(errors, "email", email, null);
        String p = Fields.phone(errors, "phone", phone);
        return errors.hasAny() ? null : new Draft(n, k, s, w, e, p);
    }
}
