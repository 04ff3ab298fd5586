package vn.lantoa.shell;

import vn.lantoa.platform.i18n.Translator;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What every admin page shares: the reader's language, the CSRF token for its forms, the flash message,
 * who is signed in, the current unit with its place in the tree, the unit switcher and the navigation.
 * For sign-in and other public pages, actor and unit are null.
 */
public record Shell(
        Translator i18n,
        String csrfToken,
        Flash flash,
        Actor actor,
        UnitRef unit,
        List<UnitRef> breadcrumbs,
        List<UnitRef> myUnits,
        List<NavItem> nav,
        Set<Permission> permissions,
        boolean readOnly,
        String currentPath) {

    public String t(String key, Object... args) {
        return i18n.t(key, args);
    }

    public String lang() {
        return i18n.lang();
    }

    public boolean can(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean signedIn() {
        return actor != null;
    }

    public String date(Instant instant) {
        return VietnamTime.date(instant);
    }

    public String date(LocalDate date) {
        return VietnamTime.date(date);
    }

    public String dateTime(Instant instant) {
        return VietnamTime.dateTime(instant);
    }

    /** Base path of the current unit's admin pages. */
    public String unitBase() {
        return unit == null ? "/admin" : "/admin/u/" + unit.id();
    }

    public String flashText() {
        return flash == null ? "" : i18n.t(flash.key(), flash.argsArray());
    }
}
