package vn.lantoa.home;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.audit.AuditRepository;
import vn.lantoa.committee.CommitteeReads;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.people.UserRepository;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.util.List;

/** Where a signed-in person lands: their unit's overview, the platform page, or a note that they have no role yet. */
@Hidden
@Controller("/admin")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class HomeController {

    private final UnitRepository units;
    private final UserRepository users;
    private final StoredFileRepository files;
    private final AuditRepository audit;
    private final vn.lantoa.reporting.send.ReportsDue reportsDue;
    private final CommitteeReads committees;
    private final vn.lantoa.newsroom.AwaitingApproval awaiting;
    private final vn.lantoa.sharing.ShareReads shares;
    private final vn.lantoa.desk.DeskSummary desk;
    private final vn.lantoa.desk.tree.Escalations escalations;
    private final vn.lantoa.press.desk.PressHomeCard press;
    private final vn.lantoa.press.board.IncidentsReachingHere pressBelow;
    private final Access access;
    private final ShellFactory shells;
    private final List<vn.lantoa.shell.HomeCards> cardSources;

    private final Pages pages;

    HomeController(UnitRepository units, UserRepository users, StoredFileRepository files, AuditRepository audit,
                   CommitteeReads committees, Access access, ShellFactory shells, Pages pages, vn.lantoa.reporting.send.ReportsDue reportsDue,
                   vn.lantoa.newsroom.AwaitingApproval awaiting, vn.lantoa.sharing.ShareReads shares, vn.lantoa.desk.DeskSummary desk,
                   vn.lantoa.desk.tree.Escalations escalations, vn.lantoa.press.desk.PressHomeCard press,
                   vn.lantoa.press.board.IncidentsReachingHere pressBelow, List<vn.lantoa.shell.HomeCards> cardSources) {
        this.cardSources = cardSources;
        this.press = press;
        this.pressBelow = pressBelow;
        this.desk = desk;
        this.escalations = escalations;
        this.awaiting = awaiting;
        this.shares = shares;
        this.reportsDue = reportsDue;
        this.pages = pages;
        this.units = units;
        this.users = users;
        this.files = files;
        this.audit = audit;
        this.committees = committees;
        this.access = access;
        this.shells = shells;
    }

    @Get
    HttpResponse<?> landing(HttpRequest<?> request, Actor actor) {
        if (!actor.grants().isEmpty()) {
            // Where the person works, not where they only look: a role other than viewer comes first.
            long unitId = actor.grants().stream().filter(g -> g.role() != Role.VIEWER).findFirst()
                    .orElse(actor.grants().get(0)).unitId();
            return Redirects.seeOther("/admin/u/" + unitId);
        }
        if (actor.platformAdmin()) {
            return Redirects.seeOther("/admin/platform");
        }
        return pages.render("home/noroles", new HomePages.NoRoles(shells.personal(request, actor)));
    }

    @Get("/switch")
    HttpResponse<?> switchUnit(Actor actor, @Nullable @QueryValue String unit) {
        long id;
        try {
            id = Long.parseLong(unit == null ? "" : unit.strip());
        } catch (NumberFormatException e) {
            return Redirects.seeOther("/admin");
        }
        access.require(actor, id, Permission.VIEW);
        return Redirects.seeOther("/admin/u/" + id);
    }

    @Get("/u/{unitId}")
    HttpResponse<?> dashboard(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef ref = access.require(actor, unitId, Permission.VIEW);
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit"));
        var committee = committees.summaryOf(unitId);
        List<vn.lantoa.audit.AuditRow> recent = access.can(actor, ref, Permission.READ_AUDIT) ? audit.latestInUnit(unitId, 8) : List.of();
        boolean approves = access.can(actor, ref, Permission.APPROVE_CONTENT);
        boolean handles = access.can(actor, ref, Permission.HANDLE_FEEDBACK);
        HomePages.Approvals approvals = approves
                ? new HomePages.Approvals(awaiting.of(unitId), shares.pendingStories(unitId))
                : null;
        vn.lantoa.shell.Shell shell = shells.of(request, actor, ref, "home");
        List<vn.lantoa.shell.HomeCard> cards = cardSources.stream().flatMap(source -> source.cardsFor(shell).stream())
                .sorted(java.util.Comparator.comparingInt(vn.lantoa.shell.HomeCard::order)).toList();
        return pages.render("home/dashboard", new HomePages.Dashboard(shell, unit,
                units.countByTypeBelow(unit.path()), users.findMembersOf(unitId).size(), committee.committee(), committee.spokesperson(),
                committee.memberCount(), files.countByUnitId(unitId), recent,
                access.can(actor, ref, Permission.READ_DRAFTS) ? reportsDue.of(ref) : java.util.List.of(), approvals,
                handles ? desk.of(unitId) : null,
                // Only a unit with units below can have cases escalated to it.
                handles && ref.type().mayHaveChildren() ? escalations.of(ref) : null,
                // The spokesperson's and the hotline officer's press work, where they land (null for other roles).
                press.of(actor, ref),
                pressBelow(actor, ref), cards));
    }

    /** Incidents below told to this unit by their severity: for those who oversee below or watch the media here. */
    private vn.lantoa.press.board.IncidentsReachingHere.Card pressBelow(Actor actor, UnitRef ref) {
        boolean watches = access.canSeeBelow(actor, ref) || access.can(actor, ref, Permission.MONITOR_MEDIA);
        return watches && ref.type().mayHaveChildren() ? pressBelow.of(ref) : null;
    }

    @Get("/platform")
    HttpResponse<?> platform(HttpRequest<?> request, Actor actor) {
        access.requirePlatformAdmin(actor);
        return pages.render("home/platform", new HomePages.Platform(shells.personal(request, actor), units.findRoots(), units.count(),
                users.count()));
    }
}
