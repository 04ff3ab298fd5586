package vn.lantoa.unit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.tenancy.UnitType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The admin pages of units: the units below, a unit's profile, creating, editing and moving. */
@Hidden
@Controller("/admin/u/{unitId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class UnitAdminController {

    private static final int PAGE_SIZE = 50;
    private final UnitRepository units;
    private final UnitRefRepository refs;
    private final UnitMoveRepository moves;
    private final UnitService service;
    private final Access access;
    private final ShellFactory shells;

    private final Pages pages;

    UnitAdminController(UnitRepository units, UnitRefRepository refs, UnitMoveRepository moves, UnitService service,
                        Access access, ShellFactory shells, Pages pages) {
        this.pages = pages;
        this.units = units;
        this.refs = refs;
        this.moves = moves;
        this.service = service;
        this.access = access;
        this.shells = shells;
    }

    @Get("/units")
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String q, @Nullable @QueryValue String type,
                         @Nullable @QueryValue String level, @Nullable @QueryValue String scope, @Nullable @QueryValue Integer page) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Shell shell = shells.of(request, actor, unit, "units");
        UnitType typeFilter = UnitType.parse(type);
        SchoolLevel levelFilter = SchoolLevel.parse(level);
        boolean all = "all".equals(scope);
        UnitSearch search = UnitSearch.of(q);
        Integer maxDepth = all ? null : unit.depth() + 1;
        long total = units.countBelow(unit.path(), typeFilter == null ? null : typeFilter.name(),
                levelFilter == null ? null : levelFilter.name(), maxDepth, search.pattern(), search.joined());
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page == null ? 1 : page, 1), pageCount);
        List<Unit> found = units.searchBelow(unit.path(), typeFilter == null ? null : typeFilter.name(),
                levelFilter == null ? null : levelFilter.name(), maxDepth, search.pattern(), search.joined(), PAGE_SIZE, (current - 1) * PAGE_SIZE);
        List<Long> parentIds = found.stream().map(Unit::parentId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> parentNames = parentIds.isEmpty() ? Map.of()
                : refs.findByIdIn(parentIds).stream().collect(Collectors.toMap(UnitRef::id, UnitRef::displayName));
        List<UnitPages.Row> rows = found.stream().map(u -> new UnitPages.Row(u, parentNames.get(u.parentId()))).toList();
        var filter = new UnitPages.Filter(q == null ? "" : q, typeFilter == null ? "" : typeFilter.name(),
                levelFilter == null ? "" : levelFilter.name(), all ? "all" : "children");
        return pages.render("unit/list", new UnitPages.ListPage(shell, rows, filter, total, current, pageCount,
                UnitOptions.types(shell.i18n(), true), UnitOptions.levels(shell.i18n(), true),
                unit.type().mayHaveChildren() && !unit.closed() && access.can(actor, unit, Permission.MANAGE_UNIT)));
    }

    @Get("/units/new")
    HttpResponse<?> showCreate(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String type) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_UNIT);
        UnitForm form = UnitForm.empty();
        if (type != null && UnitType.parse(type) != null) {
            form = new UnitForm("", "", UnitType.parse(type).name(), "", "", "", "", "", "", "", "", "", "");
        }
        return createPage(request, actor, unit, form, new FieldErrors());
    }

    @Post("/units")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processCreate(HttpRequest<?> request, Actor actor, long unitId, @Body UnitForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_UNIT);
        FieldErrors errors = new FieldErrors();
        UnitDraft draft = form.validate(errors);
        if (errors.hasAny()) {
            return createPage(request, actor, unit, form, errors);
        }
        try {
            Unit created = service.create(actor, unitId, draft);
            return Redirects.seeOther("/admin/u/" + created.id() + "/profile", Flash.success("unit.created", created.name()));
        } catch (UserInputException e) {
            return createPage(request, actor, unit, form, e.errors());
        }
    }

    @Get("/profile")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef ref = access.require(actor, unitId, Permission.VIEW);
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit"));
        UnitRef parent = unit.parentId() == null ? null : refs.findById(unit.parentId()).orElse(null);
        boolean canMove = parent != null && access.can(actor, parent, Permission.MANAGE_UNIT);
        UnitRef successor = unit.successorUnitId() == null ? null : refs.findById(unit.successorUnitId()).orElse(null);
        return pages.render("unit/show", new UnitPages.ShowPage(shells.of(request, actor, ref, "home"), unit, parent,
                units.countByParentId(unitId), units.countSubtree(unit.path()), moves.historyOf(unitId),
                access.can(actor, ref, Permission.MANAGE_UNIT), canMove && unit.closedOn() == null, successor, canMove));
    }

    @Get("/profile/edit")
    HttpResponse<?> showEdit(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef ref = access.require(actor, unitId, Permission.MANAGE_UNIT);
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit"));
        return editPage(request, actor, ref, UnitForm.from(unit), new FieldErrors());
    }

    @Post("/profile")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processEdit(HttpRequest<?> request, Actor actor, long unitId, @Body UnitForm form) {
        UnitRef ref = access.require(actor, unitId, Permission.MANAGE_UNIT);
        FieldErrors errors = new FieldErrors();
        UnitDraft draft = form.validate(errors);
        if (errors.hasAny()) {
            return editPage(request, actor, ref, form, errors);
        }
        try {
            Unit updated = service.update(actor, unitId, draft);
            return Redirects.seeOther("/admin/u/" + unitId + "/profile", Flash.success("unit.saved", updated.name()));
        } catch (UserInputException e) {
            return editPage(request, actor, ref, form, e.errors());
        }
    }

    @Get("/profile/move")
    HttpResponse<?> showMove(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef ref = access.require(actor, unitId, Permission.VIEW);
        return movePage(request, actor, ref, "", "", new FieldErrors());
    }

    @Post("/profile/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processMove(HttpRequest<?> request, Actor actor, long unitId, @Body Map<String, String> body) {
        UnitRef ref = access.require(actor, unitId, Permission.VIEW);
        String parentId = body.getOrDefault("parentId", "");
        String reason = body.getOrDefault("reason", "");
        long target;
        try {
            target = Long.parseLong(parentId.strip());
        } catch (NumberFormatException e) {
            return movePage(request, actor, ref, parentId, reason, new FieldErrors().add("parentId", "unit.move.chooseTarget"));
        }
        try {
            service.move(actor, unitId, target, reason);
            return Redirects.seeOther("/admin/u/" + unitId + "/profile", Flash.success("unit.moved", ref.name()));
        } catch (UserInputException e) {
            return movePage(request, actor, ref, parentId, reason, e.errors());
        }
    }

    @Get("/profile/close")
    HttpResponse<?> showClose(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef ref = access.require(actor, unitId, Permission.VIEW);
        Unit unit = units.findById(unitId).orElseThrow(() -> new NotFoundException("unit"));
        return closePage(request, actor, ref, unit.closedOn() == null ? "" : unit.closedOn().toString(),
                unit.successorUnitId() == null ? "" : String.valueOf(unit.successorUnitId()), unit.hostRedirect(), new FieldErrors());
    }

    @Post("/profile/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processClose(HttpRequest<?> request, Actor actor, long unitId, @Body Map<String, String> body) {
        UnitRef ref = access.require(actor, unitId, Permission.VIEW);
        String closedOn = body.getOrDefault("closedOn", "");
        String successorId = body.getOrDefault("successorId", "").strip();
        boolean redirect = body.containsKey("hostRedirect");
        FieldErrors errors = new FieldErrors();
        java.time.LocalDate day = vn.lantoa.platform.web.Fields.date(errors, "closedOn", closedOn);
        Long successor = null;
        if (!successorId.isEmpty()) {
            try {
                successor = Long.parseLong(successorId);
            } catch (NumberFormatException e) {
                errors.add("successorId", "unit.close.successorMissing");
            }
        }
        if (errors.hasAny()) {
            return closePage(request, actor, ref, closedOn, successorId, redirect, errors);
        }
        try {
            service.close(actor, unitId, new UnitClosing(day, successor, redirect));
            return Redirects.seeOther("/admin/u/" + unitId + "/profile", Flash.success("unit.closed.flash", ref.name()));
        } catch (UserInputException e) {
            return closePage(request, actor, ref, closedOn, successorId, redirect, e.errors());
        }
    }

    private HttpResponse<?> closePage(HttpRequest<?> request, Actor actor, UnitRef ref, String closedOn, String successorId, boolean redirect,
                                      FieldErrors errors) {
        Unit unit = units.findById(ref.id()).orElseThrow(() -> new NotFoundException("unit"));
        UnitRef parent = unit.parentId() == null ? null : refs.findById(unit.parentId()).orElse(null);
        if (parent == null) {
            throw UserInputException.of("closedOn", "unit.move.root");
        }
        if (!access.can(actor, parent, Permission.MANAGE_UNIT)) {
            // As the closing itself answers (UnitService.close): a unit closes by a decision over its parent.
            throw new vn.lantoa.platform.web.ForbiddenException("close unit " + ref.id());
        }
        Shell shell = shells.of(request, actor, ref, "home");
        List<Option> successors = new ArrayList<>();
        successors.add(new Option("", shell.t("unit.close.noSuccessor")));
        for (Unit candidate : possibleSuccessors(actor, parent, unit)) {
            if (!candidate.path().startsWith(unit.path())) {
                successors.add(new Option(String.valueOf(candidate.id()), "  ".repeat(candidate.depth()) + candidate.name()));
            }
        }
        return pages.render(errors.hasAny() ? io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY : io.micronaut.http.HttpStatus.OK,
                "unit/close", new UnitPages.ClosePage(shell, unit, successors, closedOn, successorId, redirect, errors));
    }

    /** Where a unit may merge into: a school into a school, any other unit into a unit that may have units below, within the closer's reach. */
    private List<Unit> possibleSuccessors(Actor actor, UnitRef parent, Unit unit) {
        if (unit.type() != UnitType.SCHOOL) {
            return possibleParents(actor, parent);
        }
        String scope = access.moveScope(actor, parent);
        return units.findOpenSchoolsIn(scope == null ? "/" : scope);
    }

    private HttpResponse<?> createPage(HttpRequest<?> request, Actor actor, UnitRef parent, UnitForm form, FieldErrors errors) {
        Shell shell = shells.of(request, actor, parent, "units");
        return pages.render(errors.hasAny() ? io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY : io.micronaut.http.HttpStatus.OK,
                "unit/form", new UnitPages.FormPage(shell, form, errors, "/admin/u/" + parent.id() + "/units", true, parent.name(),
                        UnitOptions.types(shell.i18n(), true), UnitOptions.levels(shell.i18n(), true)));
    }

    private HttpResponse<?> editPage(HttpRequest<?> request, Actor actor, UnitRef unit, UnitForm form, FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "home");
        return pages.render(errors.hasAny() ? io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY : io.micronaut.http.HttpStatus.OK,
                "unit/form", new UnitPages.FormPage(shell, form, errors, "/admin/u/" + unit.id() + "/profile", false, null,
                        UnitOptions.types(shell.i18n(), true), UnitOptions.levels(shell.i18n(), true)));
    }

    private HttpResponse<?> movePage(HttpRequest<?> request, Actor actor, UnitRef ref, String parentId, String reason, FieldErrors errors) {
        Unit unit = units.findById(ref.id()).orElseThrow(() -> new NotFoundException("unit"));
        UnitRef parent = unit.parentId() == null ? null : refs.findById(unit.parentId()).orElse(null);
        if (parent == null) {
            throw UserInputException.of("parentId", "unit.move.root");
        }
        if (!access.can(actor, parent, Permission.MANAGE_UNIT)) {
            // As the move itself answers (UnitService.move): a unit moves out by a decision over its parent.
            throw new vn.lantoa.platform.web.ForbiddenException("move unit " + ref.id());
        }
        Shell shell = shells.of(request, actor, ref, "home");
        List<Option> targets = new ArrayList<>();
        targets.add(new Option("", shell.t("form.choose")));
        for (Unit candidate : possibleParents(actor, parent)) {
            if (!candidate.path().startsWith(unit.path()) && !candidate.id().equals(parent.id()) && unit.type().mayBeUnder(candidate.type())) {
                targets.add(new Option(String.valueOf(candidate.id()), "  ".repeat(candidate.depth()) + candidate.name()));
            }
        }
        return pages.render(errors.hasAny() ? io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY : io.micronaut.http.HttpStatus.OK,
                "unit/move", new UnitPages.MovePage(shell, unit, parent.name(), targets, parentId, reason, errors));
    }

    /** Non-school units where this person may put a unit: under their highest admin membership above the current parent. */
    private List<Unit> possibleParents(Actor actor, UnitRef currentParent) {
        String scope = access.moveScope(actor, currentParent);
        return scope == null ? units.findPossibleParents$WithoutTenancy() : units.findPossibleParentsIn(scope);
    }
}
