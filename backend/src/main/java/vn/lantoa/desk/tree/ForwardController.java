package vn.lantoa.desk.tree;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.DeskCaseRepository;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Forwarding a case up to the parent or down to a unit below, and the sender's list of what it forwarded. Desk roles only. */
@Hidden
@Controller("/admin/u/{unitId}/desk")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ForwardController {

    static final int REASON_MAX = 2000;

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final DeskCaseRepository cases;
    private final UnitRefRepository units;
    private final Forwarding forwarding;
    private final SentAway sentAway;
    private final ForwardTargets targets;

    ForwardController(Access access, ShellFactory shells, Pages pages, DeskCaseRepository cases, UnitRefRepository units, Forwarding forwarding,
                      SentAway sentAway, ForwardTargets targets) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.cases = cases;
        this.units = units;
        this.forwarding = forwarding;
        this.sentAway = sentAway;
        this.targets = targets;
    }

    @Get("/cases/{caseId}/forward")
    HttpResponse<?> showForward(HttpRequest<?> request, Actor actor, long unitId, long caseId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        DeskCase c = find(unitId, caseId);
        return page(request, actor, unit, c, HttpStatus.OK, "", "", new FieldErrors());
    }

    @Post("/cases/{caseId}/forward")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processForward(HttpRequest<?> request, Actor actor, long unitId, long caseId, @Body Map<String, String> form) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        DeskCase c = find(unitId, caseId);
        Map<Long, UnitRef> targets = this.targets.of(unit, c);
        String target = form.get("target") == null ? "" : form.get("target").strip();
        String reason = VietnameseText.multiline(form.get("reason"));
        FieldErrors errors = new FieldErrors();
        UnitRef to = targets.get(parseId(target));
        if (to == null) {
            errors.add("target", "desk.tree.target.invalid");
        }
        if (reason == null) {
            errors.add("reason", "desk.tree.reason.required");
        } else if (reason.length() > REASON_MAX) {
            errors.add("reason", "desk.text.tooLong", REASON_MAX, reason.length());
        }
        if (errors.hasAny()) {
            return page(request, actor, unit, c, HttpStatus.UNPROCESSABLE_ENTITY, target, form.get("reason") == null ? "" : form.get("reason"), errors);
        }
        DeskCase moved = forwarding.forward(actor, unit, caseId, to, reason);
        return Redirects.seeOther("/admin/u/" + unitId + "/desk/forwarded", Flash.success("desk.tree.done.forwarded", moved.code(), to.name()));
    }

    @Get("/forwarded")
    HttpResponse<?> forwarded(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        List<SentAway.Sent> sent = sentAway.of(unitId);
        List<Long> ids = sent.stream().flatMap(s -> java.util.stream.Stream.of(s.toUnitId(), s.unitNow())).distinct().toList();
        Map<Long, UnitRef> refs = ids.isEmpty() ? Map.of() : units.findByIdIn(ids).stream().collect(Collectors.toMap(UnitRef::id, u -> u));
        List<TreePages.Trace> traces = sent.stream().map(s -> new TreePages.Trace(s.caseId(), s.codeThen(), name(refs, s.toUnitId()), s.at(),
                s.reason(), s.actorName(), name(refs, s.unitNow()), s.codeNow(), s.statusNow(), s.spam(),
                refs.containsKey(s.unitNow()) && unit.isAncestorOf(refs.get(s.unitNow())))).toList();
        return pages.render("desk/tree/forwarded", new TreePages.ForwardedPage(shells.of(request, actor, unit, "desk"), traces));
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, DeskCase c, HttpStatus status, String target, String reason,
                                 FieldErrors errors) {
        var shell = shells.of(request, actor, unit, "desk");
        Function<UnitRef, String> label = u -> u.id().equals(unit.parentId()) ? shell.t("desk.tree.target.up", u.name())
                : u.id().equals(c.concernedUnitId()) ? shell.t("desk.tree.target.concerned", u.name()) : u.name();
        List<Option> options = new ArrayList<>();
        options.add(new Option("", shell.t("desk.tree.target.choose")));
        targets.of(unit, c).values().forEach(u -> options.add(new Option(String.valueOf(u.id()), label.apply(u))));
        return pages.render(status, "desk/tree/forward", new TreePages.ForwardPage(shell, c, options, target, reason, errors));
    }

    private DeskCase find(long unitId, long caseId) {
        return cases.findByUnitIdAndId(unitId, caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
    }

    private static String name(Map<Long, UnitRef> refs, long id) {
        return refs.containsKey(id) ? refs.get(id).name() : null;
    }

    private static Long parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
