package vn.lantoa.plan.write;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.plan.Plan;
import vn.lantoa.plan.PlanReads;
import vn.lantoa.plan.PlanStatus;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.send.SendOutcome;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.unit.OfficialIssuer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unit's yearly plans and those received from above; a plan's page with its appendix, its way to the head, its
 * documents, its publication and the yearly report it meets. Everyone of the unit and oversight above read; the plan
 * writers (MANAGE_PLANS) write a draft; the head (SIGN_REPORTS) returns or issues it.
 */
@Hidden
@Controller("/admin/u/{unitId}/plans")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class PlansController {

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final PlanReads reads;
    private final PlanWriter writer;
    private final PlanDocuments documents;
    private final PlanPublishing publishing;
    private final PlanReport report;
    private final Clock clock;

    PlansController(Access access, ShellFactory shells, Pages pages, PlanReads reads, PlanWriter writer, PlanDocuments documents,
                    PlanPublishing publishing, PlanReport report, Clock clock) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.reads = reads;
        this.writer = writer;
        this.documents = documents;
        this.publishing = publishing;
        this.report = report;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("year", String.valueOf(VietnamTime.today(clock).getYear()));
        return list(request, actor, unit, HttpStatus.OK, form, new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        PlanForm f = PlanForm.parse(body);
        try {
            Plan plan = writer.create(actor, unit, f.one("year"), f.one("parentPlanId"));
            return Redirects.seeOther(base(unitId) + "/" + plan.id(), Flash.success("planWrite.done.created"));
        } catch (UserInputException e) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("year", f.one("year") == null ? "" : f.one("year"));
            form.put("parentPlanId", f.one("parentPlanId") == null ? "" : f.one("parentPlanId"));
            return list(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, form, e.errors());
        }
    }

    private HttpResponse<?> list(HttpRequest<?> request, Actor actor, UnitRef unit, HttpStatus status, Map<String, String> form, FieldErrors errors) {
        var shell = shells.of(request, actor, unit, "plans");
        List<PlanPages.Received> received = received(unit);
        List<Option> parents = received.stream().map(r -> new Option(String.valueOf(r.plan().id()),
                r.plan().symbol() + " – " + r.unitName() + " (" + r.plan().planYear() + ")")).toList();
        return pages.render(status, "plan/list", new PlanPages.ListPage(shell, reads.plans(unit.id()), received,
                access.can(actor, unit, Permission.MANAGE_PLANS), form, errors, parents));
    }

    private List<PlanPages.Received> received(UnitRef unit) {
        List<Plan> plans = reads.received(unit);
        Map<Long, String> names = reads.unitNames(new java.util.HashSet<>(plans.stream().map(Plan::unitId).toList()));
        return plans.stream().map(p -> new PlanPages.Received(p, names.getOrDefault(p.unitId(), ""))).toList();
    }

    @Get("/{planId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long planId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return page(request, actor, unit, plan(unitId, planId), HttpStatus.OK, Map.of(), new FieldErrors());
    }

    /** A plan received from a unit above, read-only: only issued plans of the unit's own ancestors open here. */
    @Get("/received/{planId}")
    HttpResponse<?> received(HttpRequest<?> request, Actor actor, long unitId, long planId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Plan plan = reads.receivedPlan(unit, planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        var shell = shells.of(request, actor, unit, "plans");
        String issuer = reads.unitNames(Set.of(plan.unitId())).getOrDefault(plan.unitId(), "");
        return pages.render("plan/plan", new PlanPages.PlanPage(shell, reads.appendix(plan), base(unitId) + "/received/" + planId, issuer, true,
                false, false, false, false, false, false, basisLabel(unit, plan), Map.of(), new FieldErrors()));
    }

    @Post("/{planId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> updateText(HttpRequest<?> request, Actor actor, long unitId, long planId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        Plan current = plan(unitId, planId);
        PlanForm f = PlanForm.parse(body);
        try {
            writer.updateText(actor, unit, planId, f.one("version"), f.one("title"), f.one("purpose"), f.one("legalBasis"));
            return Redirects.seeOther(base(unitId) + "/" + planId, Flash.success("planWrite.done.updated"));
        } catch (UserInputException e) {
            return page(request, actor, unit, current, HttpStatus.UNPROCESSABLE_ENTITY, typed(f, "title", "purpose", "legalBasis"), e.errors());
        } catch (StaleVersionException e) {
            Plan now = plan(unitId, planId);
            FieldErrors errors = new FieldErrors().add("version", "planWrite.stale", VietnamTime.dateTime(now.updatedAt()));
            return page(request, actor, unit, now, HttpStatus.CONFLICT, typed(f, "title", "purpose", "legalBasis"), errors);
        }
    }

    @Post("/{planId}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(HttpRequest<?> request, Actor actor, long unitId, long planId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        try {
            writer.submit(actor, unit, planId);
            return Redirects.seeOther(base(unitId) + "/" + planId, Flash.success("planWrite.done.submitted"));
        } catch (UserInputException e) {
            return page(request, actor, unit, plan(unitId, planId), HttpStatus.UNPROCESSABLE_ENTITY, Map.of(), e.errors());
        }
    }

    @Post("/{planId}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> returnForChanges(HttpRequest<?> request, Actor actor, long unitId, long planId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.SIGN_REPORTS);
        PlanForm f = PlanForm.parse(body);
        try {
            writer.returnForChanges(actor, unit, planId, f.one("note"));
            return Redirects.seeOther(base(unitId) + "/" + planId, Flash.success("planWrite.done.returned"));
        } catch (UserInputException e) {
            return page(request, actor, unit, plan(unitId, planId), HttpStatus.UNPROCESSABLE_ENTITY, typed(f, "note"), e.errors());
        }
    }

    @Post("/{planId}/issue")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> issue(HttpRequest<?> request, Actor actor, long unitId, long planId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.SIGN_REPORTS);
        PlanForm f = PlanForm.parse(body);
        try {
            writer.issue(actor, unit, planId, f.one("symbol"), f.one("issuedOn"));
            return Redirects.seeOther(base(unitId) + "/" + planId, Flash.success("planWrite.done.issued"));
        } catch (UserInputException e) {
            return page(request, actor, unit, plan(unitId, planId), HttpStatus.UNPROCESSABLE_ENTITY, typed(f, "symbol", "issuedOn"), e.errors());
        }
    }

    @Get("/{planId}.pdf")
    @Produces("application/pdf")
    HttpResponse<?> pdf(Actor actor, long unitId, long planId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Plan plan = plan(unitId, planId);
        return HttpResponse.ok(documents.pdf(unit, reads.appendix(plan))).contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"" + PlanDocuments.fileName(plan, "pdf") + "\"")
                .header("Cache-Control", "no-store");
    }

    @Get("/{planId}.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    HttpResponse<?> xlsx(Actor actor, long unitId, long planId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        Plan plan = plan(unitId, planId);
        return documents.sheet(unit, reads.appendix(plan)).response(PlanDocuments.fileName(plan, "xlsx"));
    }

    @Post("/{planId}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(Actor actor, long unitId, long planId) {
        UnitRef unit = access.require(actor, unitId, Permission.APPROVE_CONTENT);
        publishing.publish(actor, unit, planId);
        return Redirects.seeOther(base(unitId) + "/" + planId, Flash.success("planWrite.done.published"));
    }

    @Post("/{planId}/report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> sendReport(HttpRequest<?> request, Actor actor, long unitId, long planId) {
        UnitRef unit = access.require(actor, unitId, Permission.FILL_REPORTS);
        try {
            SendOutcome sent = report.send(actor, unit, planId);
            return Redirects.seeOther(base(unitId) + "/" + planId, Flash.success(sent.late() ? "planWrite.done.reportLate" : "planWrite.done.report"));
        } catch (UserInputException e) {
            return page(request, actor, unit, plan(unitId, planId), HttpStatus.UNPROCESSABLE_ENTITY, Map.of(),
                    new FieldErrors().add("report", "planWrite.report.invalid"));
        }
    }

    HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, Plan plan, HttpStatus status, Map<String, String> form, FieldErrors errors) {
        var shell = shells.of(request, actor, unit, "plans");
        boolean writes = plan.status() == PlanStatus.DRAFT && access.can(actor, unit, Permission.MANAGE_PLANS);
        boolean signs = plan.status() == PlanStatus.IN_REVIEW && access.can(actor, unit, Permission.SIGN_REPORTS);
        boolean publishes = plan.issued() && plan.articleId() == null && access.can(actor, unit, Permission.APPROVE_CONTENT);
        var slot = plan.issued() && access.can(actor, unit, Permission.FILL_REPORTS) ? report.slot(unit, plan) : java.util.Optional.<vn.lantoa.reporting.obligation.Slot>empty();
        Map<String, String> values = new LinkedHashMap<>(form);
        values.putIfAbsent("symbol", "/KH-" + OfficialIssuer.symbol(unit));
        values.putIfAbsent("issuedOn", VietnamTime.date(VietnamTime.today(clock)));
        return pages.render(status, "plan/plan", new PlanPages.PlanPage(shell, reads.appendix(plan), base(unit.id()) + "/" + plan.id(), unit.name(), false,
                writes, writes, signs, publishes, slot.isPresent(), slot.map(report::sent).orElse(false), basisLabel(unit, plan), values, errors));
    }

    private String basisLabel(UnitRef unit, Plan plan) {
        if (plan.parentPlanId() == null) {
            return "";
        }
        // The basis of a plan is above its unit, so it is above the reader's unit too (its own plan or one it received).
        return reads.receivedPlan(unit, plan.parentPlanId()).map(writer::basisLine).orElse("");
    }

    private Plan plan(long unitId, long planId) {
        return reads.plan(unitId, planId).orElseThrow(() -> new NotFoundException("plan " + planId));
    }

    private static Map<String, String> typed(PlanForm f, String... names) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : names) {
            m.put(n, f.one(n) == null ? "" : f.one(n));
        }
        return m;
    }

    static String base(long unitId) {
        return "/admin/u/" + unitId + "/plans";
    }
}
