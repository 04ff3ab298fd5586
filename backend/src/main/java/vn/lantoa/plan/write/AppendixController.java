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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.plan.Plan;
import vn.lantoa.plan.PlanGroupRepository;
import vn.lantoa.plan.PlanItem;
import vn.lantoa.plan.PlanItemRepository;
import vn.lantoa.plan.PlanReads;
import vn.lantoa.plan.ProductForm;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.Option;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.SubtreeUnits;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.topic.Topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The appendix of a draft plan: its groups and its items, written by the unit's plan writers. */
@Hidden
@Controller("/admin/u/{unitId}/plans/{planId}")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class AppendixController {

    static final int UNIT_CHOICES = 500;

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final PlanReads reads;
    private final PlanGroupRepository groups;
    private final PlanItemRepository items;
    private final AppendixWriter writer;
    private final PlansController plans;
    private final SubtreeUnits subtree;
    private final Topics topics;

    AppendixController(Access access, ShellFactory shells, Pages pages, PlanReads reads, PlanGroupRepository groups, PlanItemRepository items,
                       AppendixWriter writer, PlansController plans, SubtreeUnits subtree, Topics topics) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.reads = reads;
        this.groups = groups;
        this.items = items;
        this.writer = writer;
        this.plans = plans;
        this.subtree = subtree;
        this.topics = topics;
    }

    @Post("/groups")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addGroup(HttpRequest<?> request, Actor actor, long unitId, long planId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        PlanForm f = PlanForm.parse(body);
        try {
            writer.addGroup(actor, unit, planId, f.one("numeral"), f.one("title"));
            return Redirects.seeOther(back(unitId, planId), Flash.success("planWrite.done.groupAdded"));
        } catch (UserInputException e) {
            return plans.page(request, actor, unit, plan(unitId, planId), HttpStatus.UNPROCESSABLE_ENTITY,
                    Map.of("newNumeral", value(f, "numeral"), "newTitle", value(f, "title")), prefixed("new", e.errors()));
        }
    }

    @Post("/groups/{groupId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> renameGroup(HttpRequest<?> request, Actor actor, long unitId, long planId, long groupId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        PlanForm f = PlanForm.parse(body);
        try {
            writer.renameGroup(actor, unit, planId, groupId, f.one("numeral"), f.one("title"));
            return Redirects.seeOther(back(unitId, planId), Flash.success("planWrite.done.groupRenamed"));
        } catch (UserInputException e) {
            return plans.page(request, actor, unit, plan(unitId, planId), HttpStatus.UNPROCESSABLE_ENTITY, Map.of(), prefixed("g" + groupId, e.errors()));
        }
    }

    @Post("/groups/{groupId}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> moveGroup(Actor actor, long unitId, long planId, long groupId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        writer.moveGroup(actor, unit, planId, groupId, "up".equals(PlanForm.parse(body).one("direction")));
        return Redirects.seeOther(back(unitId, planId));
    }

    @Post("/groups/{groupId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deleteGroup(HttpRequest<?> request, Actor actor, long unitId, long planId, long groupId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        try {
            writer.deleteGroup(actor, unit, planId, groupId);
            return Redirects.seeOther(back(unitId, planId), Flash.success("planWrite.done.groupDeleted"));
        } catch (UserInputException e) {
            return plans.page(request, actor, unit, plan(unitId, planId), HttpStatus.UNPROCESSABLE_ENTITY, Map.of(), prefixed("g" + groupId, e.errors()));
        }
    }

    @Get("/items/new")
    HttpResponse<?> newItem(HttpRequest<?> request, Actor actor, long unitId, long planId, @QueryValue @Nullable String group) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        Plan plan = plan(unitId, planId);
        long groupId = group != null && group.matches("^[0-9]{1,18}$") ? Long.parseLong(group) : 0;
        return edit(request, actor, unit, plan, null, HttpStatus.OK, ItemInput.empty(groupId), new FieldErrors());
    }

    @Post("/items")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> addItem(HttpRequest<?> request, Actor actor, long unitId, long planId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        Plan plan = plan(unitId, planId);
        ItemInput input = PlanForm.parse(body).item();
        try {
            writer.addItem(actor, unit, planId, input);
            return Redirects.seeOther(back(unitId, planId), Flash.success("planWrite.done.itemAdded"));
        } catch (UserInputException e) {
            return edit(request, actor, unit, plan, null, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        }
    }

    @Get("/items/{itemId}")
    HttpResponse<?> showItem(HttpRequest<?> request, Actor actor, long unitId, long planId, long itemId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        Plan plan = plan(unitId, planId);
        PlanItem i = item(unitId, planId, itemId);
        var line = reads.appendix(plan).lines().stream().filter(l -> l.item().id().equals(itemId)).findFirst().orElseThrow();
        ItemInput input = new ItemInput(String.valueOf(i.groupId()), i.topic(), i.productForm().name(), i.productNote(),
                i.leadUnitId() == null ? "" : String.valueOf(i.leadUnitId()), i.leadText(), line.partnerIds().stream().map(String::valueOf).toList(),
                i.partnerText(), i.appliesBelow(), vn.lantoa.plan.Quarters.of(i.quarters()).stream().map(String::valueOf).toList(),
                i.startsOn() == null ? "" : VietnamTime.date(i.startsOn()), i.endsOn() == null ? "" : VietnamTime.date(i.endsOn()),
                i.budgetVnd() == null ? "" : PlanDocuments.vnd(i.budgetVnd()), i.budgetSource(),
                i.parentItemId() == null ? "" : String.valueOf(i.parentItemId()), line.topicIds().stream().map(String::valueOf).toList(),
                String.valueOf(i.version()));
        return edit(request, actor, unit, plan, itemId, HttpStatus.OK, input, new FieldErrors());
    }

    @Post("/items/{itemId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> updateItem(HttpRequest<?> request, Actor actor, long unitId, long planId, long itemId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        Plan plan = plan(unitId, planId);
        ItemInput input = PlanForm.parse(body).item();
        try {
            writer.updateItem(actor, unit, planId, itemId, input);
            return Redirects.seeOther(back(unitId, planId), Flash.success("planWrite.done.itemSaved"));
        } catch (UserInputException e) {
            return edit(request, actor, unit, plan, itemId, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors());
        } catch (StaleVersionException e) {
            PlanItem now = item(unitId, planId, itemId);
            return edit(request, actor, unit, plan, itemId, HttpStatus.CONFLICT, input,
                    new FieldErrors().add("version", "planWrite.stale", VietnamTime.dateTime(now.updatedAt())));
        }
    }

    @Post("/items/{itemId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> deleteItem(Actor actor, long unitId, long planId, long itemId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_PLANS);
        writer.deleteItem(actor, unit, planId, itemId);
        return Redirects.seeOther(back(unitId, planId), Flash.success("planWrite.done.itemDeleted"));
    }

    private HttpResponse<?> edit(HttpRequest<?> request, Actor actor, UnitRef unit, Plan plan, Long itemId, HttpStatus status, ItemInput input,
                                 FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "plans");
        List<Option> groupOptions = groups.findOfPlan(unit.id(), plan.id()).stream()
                .map(g -> new Option(String.valueOf(g.id()), g.numeral() + ". " + g.title())).toList();
        List<Option> forms = new ArrayList<>();
        for (ProductForm f : ProductForm.values()) {
            forms.add(new Option(f.name(), shell.t(f.labelKey())));
        }
        List<Option> units = subtree.openAtOrBelow(unit.path(), UNIT_CHOICES).entrySet().stream()
                .map(e -> new Option(String.valueOf(e.getKey()), e.getValue())).toList();
        List<Option> basis = writer.basisItems(unit, plan).stream()
                .map(i -> new Option(String.valueOf(i.id()), i.topic().length() > 120 ? i.topic().substring(0, 120) + "…" : i.topic())).toList();
        List<Option> topicOptions = topics.availableTo(unit).stream().map(t -> new Option(String.valueOf(t.id()), t.name())).toList();
        return pages.render(status, "plan/item", new PlanPages.ItemPage(shell, plan, itemId, input.orBlank(), errors, groupOptions, forms, units,
                basis, topicOptions));
    }

    private Plan plan(long unitId, long planId) {
        return reads.plan(unitId, planId).orElseThrow(() -> new NotFoundException("plan " + planId));
    }

    private PlanItem item(long unitId, long planId, long itemId) {
        return items.findByUnitIdAndId(unitId, itemId).filter(i -> i.planId() == planId).orElseThrow(() -> new NotFoundException("plan item " + itemId));
    }

    /** The group forms share one page: an error is shown next to the form it came from. */
    private static FieldErrors prefixed(String prefix, FieldErrors errors) {
        FieldErrors out = new FieldErrors();
        errors.all().forEach(e -> out.add(prefix + "." + e.field(), e.key(), e.args().toArray()));
        return out;
    }

    private static String value(PlanForm f, String name) {
        return f.one(name) == null ? "" : f.one(name);
    }

    private static String back(long unitId, long planId) {
        return PlansController.base(unitId) + "/" + planId;
    }
}
