package vn.lantoa.plan.progress;

import vn.lantoa.plan.Quarters;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
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
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's plan as it is carried out: the progress page and an item's page, where those who manage the unit's plans
 * (MANAGE_PLANS) record each quarter's status and the evidence; the unit's members and the units above read them.
 */
@Hidden
@Controller("/admin/u/{unitId}/plans/{planId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ProgressController {

    private static final List<EvidenceSource> PICKERS = List.of(EvidenceSource.PRESS_EVENT, EvidenceSource.PRESS_RELEASE,
            EvidenceSource.PRESS_QUESTION, EvidenceSource.FILE);

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final PlanRows plans;
    private final PlanProgress progress;
    private final StatusRows statuses;
    private final EvidenceRows evidence;
    private final EvidenceChoices choices;
    private final ProgressWriter writer;
    private final Clock clock;

    ProgressController(Access access, ShellFactory shells, Pages pages, PlanRows plans, PlanProgress progress, StatusRows statuses,
                       EvidenceRows evidence, EvidenceChoices choices, ProgressWriter writer, Clock clock) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.plans = plans;
        this.progress = progress;
        this.statuses = statuses;
        this.evidence = evidence;
        this.choices = choices;
        this.writer = writer;
        this.clock = clock;
    }

    @Get("/progress")
    HttpResponse<?> progress(HttpRequest<?> request, Actor actor, long unitId, long planId, @Nullable @QueryValue String group,
                             @Nullable @QueryValue String status) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        PlanRows.PlanRow plan = plans.plan(unitId, planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        Shell s = shells.of(request, actor, unit, "plans");
        List<Option> groups = new ArrayList<>();
        groups.add(new Option("", s.t("planProgress.filter.allGroups")));
        Long groupId = null;
        for (PlanRows.GroupRow g : plans.groups(unitId, planId)) {
            groups.add(new Option(String.valueOf(g.id()), g.numeral() + ". " + g.title()));
            if (String.valueOf(g.id()).equals(group)) {
                groupId = g.id();
            }
        }
        ProgressStatus wanted = ProgressStatus.parse(status);
        PlanProgress.View view = progress.of(plan, groupId, wanted);
        return pages.render("plan/progress/progress", new ProgressPages.ProgressPage(s, view, plan.issued() && access.can(actor, unit, Permission.MANAGE_PLANS),
                groups, statusOptions(s, "planProgress.filter.allStatuses"), groupId == null ? "" : String.valueOf(groupId),
                wanted == null ? "" : wanted.name()));
    }

    @Get("/progress/items/{itemId}")
    HttpResponse<?> item(HttpRequest<?> request, Actor actor, long unitId, long planId, long itemId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return itemPage(request, actor, unit, planId, itemId, HttpStatus.OK, null, 0, PostedForm.parse(null), new FieldErrors());
    }

    @Post("/progress/items/{itemId}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> setStatus(HttpRequest<?> request, Actor actor, long unitId, long planId, long itemId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        PostedForm form = PostedForm.parse(body);
        try {
            writer.setStatus(actor, unit, planId, itemId, form.get("quarter"), form.get("status"), form.get("reason"));
            return Redirects.seeOther(itemBase(unitId, planId, itemId), Flash.success("planProgress.done.status"));
        } catch (UserInputException e) {
            Integer q = ProgressWriter.quarter(form.get("quarter"));
            return itemPage(request, actor, unit, planId, itemId, HttpStatus.UNPROCESSABLE_ENTITY, "status", q == null ? 0 : q, form, e.errors());
        }
    }

    @Post("/progress/items/{itemId}/evidence")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addEvidence(HttpRequest<?> request, Actor actor, long unitId, long planId, long itemId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        PostedForm form = PostedForm.parse(body);
        try {
            writer.addEvidence(actor, unit, planId, itemId, form.get("ref"), form.get("url"), form.get("title"));
            return Redirects.seeOther(itemBase(unitId, planId, itemId) + "#evidence", Flash.success("planProgress.done.evidence"));
        } catch (UserInputException e) {
            return itemPage(request, actor, unit, planId, itemId, HttpStatus.UNPROCESSABLE_ENTITY, "evidence", 0, form, e.errors());
        }
    }

    @Post("/progress/items/{itemId}/evidence/{evidenceId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeEvidence(HttpRequest<?> request, Actor actor, long unitId, long planId, long itemId, long evidenceId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        try {
            writer.removeEvidence(actor, unit, planId, itemId, evidenceId);
            return Redirects.seeOther(itemBase(unitId, planId, itemId) + "#evidence", Flash.success("planProgress.done.removed"));
        } catch (UserInputException e) {
            return itemPage(request, actor, unit, planId, itemId, HttpStatus.UNPROCESSABLE_ENTITY, "evidence", 0, PostedForm.parse(null), e.errors());
        }
    }

    private HttpResponse<?> itemPage(HttpRequest<?> request, Actor actor, UnitRef unit, long planId, long itemId, HttpStatus status, String posted,
                                     int quarter, PostedForm form, FieldErrors errors) {
        PlanRows.PlanRow plan = plans.plan(unit.id(), planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        PlanRows.ItemRow item = plans.item(unit.id(), planId, itemId).orElseThrow(() -> new NotFoundException("plan item " + itemId));
        Shell s = shells.of(request, actor, unit, "plans");
        boolean writes = plan.issued() && access.can(actor, unit, Permission.MANAGE_PLANS);
        String lead = item.leadUnitId() != null ? plans.unitNames(List.of(item.leadUnitId())).get(item.leadUnitId()) : item.leadText();
        List<EvidenceChoices.Choice> articles = writes ? choices.articles(unit.id(), item, plan.year()) : List.of();
        Map<EvidenceSource, List<EvidenceChoices.Choice>> others = new EnumMap<>(EvidenceSource.class);
        if (writes) {
            PICKERS.forEach(source -> others.put(source, choices.of(unit.id(), source)));
        }
        return pages.render(status, "plan/progress/item", new ProgressPages.ItemPage(s, plan, item, lead, item.mask(plan.year()),
                Quarters.soFar(plan.year(), clock), statuses.ofItem(unit.id(), itemId), evidence.of(unit.id(), itemId), articles, others, writes,
                access.can(actor, unit, Permission.READ_DRAFTS), statusOptions(s, null), posted, quarter, form, errors));
    }

    private static List<Option> statusOptions(Shell s, String allKey) {
        List<Option> options = new ArrayList<>();
        if (allKey != null) {
            options.add(new Option("", s.t(allKey)));
        }
        for (ProgressStatus p : ProgressStatus.values()) {
            options.add(new Option(p.name(), s.t(p.labelKey())));
        }
        return options;
    }

    private static String itemBase(long unitId, long planId, long itemId) {
        return "/admin/u/" + unitId + "/plans/" + planId + "/progress/items/" + itemId;
    }
}
