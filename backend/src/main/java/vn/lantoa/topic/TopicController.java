package vn.lantoa.topic;

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
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.Shell;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sector's shared topic list as a unit sees it: every list available to it (the ministry's, its Sở's, its own),
 * who keeps each; the ministry's and a Sở's unit admins keep their own list here.
 */
@Hidden
@Controller("/admin/u/{unitId}/topics")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class TopicController {

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Topics topics;
    private final TopicKeeping keeping;
    private final UnitRefRepository units;

    TopicController(Access access, ShellFactory shells, Pages pages, Topics topics, TopicKeeping keeping, UnitRefRepository units) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.topics = topics;
        this.keeping = keeping;
        this.units = units;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.VIEW);
        return page(request, actor, unit, HttpStatus.OK, Map.of(), new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, Actor actor, long unitId, @Body Map<String, String> form) {
        UnitRef unit = keeper(actor, unitId);
        FieldErrors errors = new FieldErrors();
        String code = TopicKeeping.code(form.get("code"), errors);
        String name = TopicKeeping.name(form.get("name"), errors);
        if (errors.hasAny()) {
            return page(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, form, errors);
        }
        try {
            Topic added = keeping.add(actor, unit, code, name);
            return Redirects.seeOther(base(unitId), Flash.success("topic.added", added.name()));
        } catch (UserInputException e) {
            return page(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, form, e.errors());
        }
    }

    @Post("/standard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> loadStandard(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = keeper(actor, unitId);
        try {
            int added = keeping.loadStandard(actor, unit);
            return Redirects.seeOther(base(unitId), Flash.success("topic.standard.loaded", added));
        } catch (UserInputException e) {
            return page(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, Map.of(), e.errors());
        }
    }

    @Post("/{topicId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> rename(HttpRequest<?> request, Actor actor, long unitId, long topicId, @Body Map<String, String> form) {
        UnitRef unit = keeper(actor, unitId);
        keeping.find(unit, topicId);
        FieldErrors errors = new FieldErrors();
        String field = "name-" + topicId;
        String name = TopicKeeping.name(form.get(field), errors);
        if (errors.hasAny()) {
            // The error belongs next to the row's own field, not to the add form's.
            FieldErrors onRow = new FieldErrors();
            errors.all().forEach(e -> onRow.add(field, e.key(), e.args().toArray()));
            return page(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, form, onRow);
        }
        Long version = null;
        try {
            version = form.get("version") == null || form.get("version").isBlank() ? null : Long.parseLong(form.get("version").strip());
        } catch (NumberFormatException e) {
            return page(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, form, new FieldErrors().add(field, "error.invalidValue"));
        }
        keeping.rename(actor, unit, topicId, name, version);
        return Redirects.seeOther(base(unitId), Flash.success("topic.renamed", name));
    }

    @Post("/{topicId}/up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> up(Actor actor, long unitId, long topicId) {
        keeping.move(actor, keeper(actor, unitId), topicId, true);
        return Redirects.seeOther(base(unitId) + "#topic-" + topicId);
    }

    @Post("/{topicId}/down")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> down(Actor actor, long unitId, long topicId) {
        keeping.move(actor, keeper(actor, unitId), topicId, false);
        return Redirects.seeOther(base(unitId) + "#topic-" + topicId);
    }

    @Post("/{topicId}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retire(Actor actor, long unitId, long topicId) {
        keeping.setActive(actor, keeper(actor, unitId), topicId, false);
        return Redirects.seeOther(base(unitId), Flash.success("topic.retired"));
    }

    @Post("/{topicId}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> restore(Actor actor, long unitId, long topicId) {
        keeping.setActive(actor, keeper(actor, unitId), topicId, true);
        return Redirects.seeOther(base(unitId), Flash.success("topic.restored"));
    }

    @Post("/{topicId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, Actor actor, long unitId, long topicId) {
        UnitRef unit = keeper(actor, unitId);
        try {
            keeping.delete(actor, unit, topicId);
            return Redirects.seeOther(base(unitId), Flash.success("topic.deleted"));
        } catch (UserInputException e) {
            return page(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, Map.of(), e.errors());
        }
    }

    /** Only a keeper's admins change its list; a unit that keeps none has nothing to change here. */
    private UnitRef keeper(Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_UNIT);
        if (!Topics.keepsAList(unit)) {
            throw new vn.lantoa.platform.web.NotFoundException("no topic list kept by unit " + unitId);
        }
        return unit;
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, HttpStatus status, Map<String, String> values, FieldErrors errors) {
        Shell shell = shells.of(request, actor, unit, "plans");
        boolean keeps = Topics.keepsAList(unit);
        List<TopicPages.Row> own = new ArrayList<>();
        if (keeps) {
            List<Topic> kept = topics.keptBy(unit);
            for (int i = 0; i < kept.size(); i++) {
                own.add(new TopicPages.Row(kept.get(i), keeping.inUse(kept.get(i).id()), i == 0, i == kept.size() - 1));
            }
        }
        Map<Long, List<Topic>> byKeeper = new LinkedHashMap<>();
        topics.availableTo(unit).forEach(t -> byKeeper.computeIfAbsent(t.unitId(), k -> new ArrayList<>()).add(t));
        Map<Long, String> names = new HashMap<>();
        units.findByIdIn(byKeeper.keySet()).forEach(u -> names.put(u.id(), u.name()));
        List<TopicPages.Group> groups = byKeeper.entrySet().stream()
                .map(e -> new TopicPages.Group(names.getOrDefault(e.getKey(), ""), e.getKey().equals(unit.id()), e.getValue())).toList();
        return pages.render(status, "topic/list", new TopicPages.ListPage(shell, keeps, keeps && access.can(actor, unit, Permission.MANAGE_UNIT), own,
                groups, values, errors, access.canSeeBelow(actor, unit) && unit.type().mayHaveChildren()));
    }

    static String base(long unitId) {
        return "/admin/u/" + unitId + "/topics";
    }
}
