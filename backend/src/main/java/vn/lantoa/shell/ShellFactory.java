package vn.lantoa.shell;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import vn.lantoa.platform.i18n.Languages;
import vn.lantoa.platform.security.CsrfTokens;
import vn.lantoa.platform.web.FlashCookie;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Builds the {@link Shell} of a page: two small queries (breadcrumb and switcher units) per page. */
@Singleton
public class ShellFactory {

    private final Languages languages;
    private final Access access;
    private final UnitRefRepository units;

    ShellFactory(Languages languages, Access access, UnitRefRepository units) {
        this.languages = languages;
        this.access = access;
        this.units = units;
    }

    public Shell of(HttpRequest<?> request, Actor actor, UnitRef unit, String activeNav) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (Permission p : Permission.values()) {
            if (access.can(actor, unit, p)) {
                permissions.add(p);
            }
        }
        List<UnitRef> breadcrumbs = units.findByIdIn(unit.pathIds());
        List<UnitRef> mine = actor.unitIds().isEmpty() ? List.of() : units.findByIdIn(actor.unitIds());
        // Seen from above: the unit's own work is read-only here, whatever roles the person holds up the tree.
        boolean readOnly = access.seesFromAbove(actor, unit);
        return new Shell(languages.of(request), CsrfTokens.of(request), FlashCookie.read(request).orElse(null), actor, unit,
                breadcrumbs, mine, nav(unit, permissions, activeNav, actor), permissions, readOnly, request.getPath());
    }

    public Shell anonymous(HttpRequest<?> request) {
        return new Shell(languages.of(request), CsrfTokens.of(request), FlashCookie.read(request).orElse(null), null, null,
                List.of(), List.of(), List.of(), Set.of(), false, request.getPath());
    }

    /** Account pages: signed in, but about the person rather than a unit. */
    public Shell personal(HttpRequest<?> request, Actor actor) {
        List<UnitRef> mine = actor.unitIds().isEmpty() ? List.of() : units.findByIdIn(actor.unitIds());
        return new Shell(languages.of(request), CsrfTokens.of(request), FlashCookie.read(request).orElse(null), actor, null,
                List.of(), mine, List.of(), Set.of(), false, request.getPath());
    }

    private List<NavItem> nav(UnitRef unit, Set<Permission> permissions, String active, Actor actor) {
        String base = "/admin/u/" + unit.id();
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("home", "nav.home", base, "home".equals(active)));
        if (unit.type().mayHaveChildren() && (access.canSeeBelow(actor, unit) || permissions.contains(Permission.MANAGE_UNIT))) {
            items.add(new NavItem("units", "nav.units", base + "/units", "units".equals(active)));
        }
        items.add(new NavItem("people", "nav.people", base + "/people", "people".equals(active)));
        if (permissions.contains(Permission.MANAGE_API_KEYS)) {
            items.add(new NavItem("apiKeys", "nav.apiKeys", base + "/api-keys", "apiKeys".equals(active)));
            items.add(new NavItem("webhooks", "nav.webhooks", base + "/webhooks", "webhooks".equals(active)));
        }
        if (permissions.contains(Permission.HANDLE_FEEDBACK)) {
            items.add(new NavItem("desk", "nav.desk", base + "/desk", "desk".equals(active)));
        } else if (unit.type().mayHaveChildren()) {
            // Those who read the unit's roll-ups read its units' open cases too, masked (desk.tree.BelowController).
            items.add(new NavItem("desk", "nav.deskBelow", base + "/desk/below", "desk".equals(active)));
        }
        if (permissions.contains(Permission.HANDLE_PRESS) || permissions.contains(Permission.MONITOR_MEDIA)
                || (unit.type().mayHaveChildren() && access.canSeeBelow(actor, unit))) {
            // The press desk; those above read its overview, statistics and the board of incidents below (press.*).
            items.add(new NavItem("press", "nav.press", base + "/press", "press".equals(active)));
        }
        items.add(new NavItem("committee", "nav.committee", base + "/committee", "committee".equals(active)));
        // The plan and what carries it out (progress, campaigns, trainings, good examples, topics): plan.*, campaign.*...
        items.add(new NavItem("plans", "nav.plans", base + "/plans", "plans".equals(active)));
        // Emergency notices: those received here (to acknowledge) and, for a unit with units below, those sent (notice.*).
        items.add(new NavItem("notices", "nav.notices", base + "/notices", "notices".equals(active)));
        if (permissions.contains(Permission.READ_DRAFTS)) {
            items.add(new NavItem("articles", "nav.articles", base + "/articles", "articles".equals(active)));
            items.add(new NavItem("documents", "nav.documents", base + "/documents", "documents".equals(active)));
            items.add(new NavItem("media", "nav.media", base + "/media", "media".equals(active)));
            items.add(new NavItem("stories", "nav.stories", base + "/stories", "stories".equals(active)));
        }
        if (unit.parentId() != null) {
            items.add(new NavItem("received", "nav.received", base + "/received", "received".equals(active)));
        }
        if (unit.type().mayHaveChildren()) {
            items.add(new NavItem("shares", "nav.shares", base + "/shares", "shares".equals(active)));
        }
        if (unit.parentId() != null) {
            items.add(new NavItem("reports", "nav.reports", base + "/reports", "reports".equals(active)));
        }
        if (unit.type().mayHaveChildren()) {
            items.add(new NavItem("deadlines", "nav.deadlines", base + "/deadlines", "deadlines".equals(active)));
            items.add(new NavItem("rollup", "nav.rollup", base + "/rollup", "rollup".equals(active)));
            items.add(new NavItem("dashboard", "nav.dashboard", base + "/report-dashboard", "dashboard".equals(active)));
            items.add(new NavItem("exam", "nav.exam", base + "/exam-board", "exam".equals(active)));
            items.add(new NavItem("incidents", "nav.incidents", base + "/incidents", "incidents".equals(active)));
            items.add(new NavItem("obligations", "nav.obligations", base + "/obligations", "obligations".equals(active)));
        }
        items.add(new NavItem("disclosure", unit.type().mayHaveChildren() ? "nav.disclosureBelow" : "nav.disclosure", base + "/disclosure",
                "disclosure".equals(active)));
        if (permissions.contains(Permission.MANAGE_SITE)) {
            items.add(new NavItem("site", "nav.site", base + "/site", "site".equals(active)));
        }
        if (permissions.contains(Permission.READ_DRAFTS)) {
            items.add(new NavItem("files", "nav.files", base + "/files", "files".equals(active)));
        }
        if (unit.type().mayHaveChildren() && permissions.contains(Permission.IMPORT_UNITS)) {
            items.add(new NavItem("import", "nav.import", base + "/import", "import".equals(active)));
        }
        if (permissions.contains(Permission.READ_AUDIT)) {
            items.add(new NavItem("audit", "nav.audit", base + "/audit", "audit".equals(active)));
        }
        return items;
    }
}
