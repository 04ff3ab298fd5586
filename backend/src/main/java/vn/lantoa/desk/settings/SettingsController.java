package vn.lantoa.desk.settings;

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
import vn.lantoa.desk.Topic;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The desk's settings of a unit: which standard topics its public form offers, under which label, and the working days
 * to acknowledge and to answer each. The unit's admin or committee head sets them; units below follow them until they
 * set their own.
 */
@Hidden
@Controller("/admin/u/{unitId}/desk/settings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class SettingsController {

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final DeskTopics topics;
    private final UnitRefRepository units;

    SettingsController(Access access, ShellFactory shells, Pages pages, DeskTopics topics, UnitRefRepository units) {
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.topics = topics;
        this.units = units;
    }

    @Get
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        List<DeskTopics.Effective> effective = topics.effective(unit);
        Map<String, String> values = new HashMap<>();
        for (DeskTopics.Effective e : effective) {
            String code = e.topic().name();
            if (!e.hidden()) {
                values.put("shown-" + code, "yes");
            }
            values.put("label-" + code, e.label() == null ? "" : e.label());
            values.put("ack-" + code, String.valueOf(e.acknowledgeDays()));
            values.put("answer-" + code, String.valueOf(e.answerDays()));
        }
        return page(request, actor, unit, HttpStatus.OK, effective, values, new FieldErrors());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(HttpRequest<?> request, Actor actor, long unitId, @Body Map<String, String> form) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_SITE);
        FieldErrors errors = new FieldErrors();
        List<DeskTopics.Choice> choices = new ArrayList<>();
        for (Topic t : Topic.values()) {
            String code = t.name();
            boolean hidden = isBlank(form.get("shown-" + code));
            String label = VietnameseText.blankToNull(form.get("label-" + code));
            if (label != null && label.length() > DeskTopics.LABEL_MAX) {
                errors.add("label-" + code, "desk.settings.label.tooLong", DeskTopics.LABEL_MAX);
            }
            Integer ack = days(form.get("ack-" + code), DeskTopics.ACKNOWLEDGE_MAX);
            if (ack == null) {
                errors.add("ack-" + code, "desk.settings.days.invalid", DeskTopics.DAYS_MIN, DeskTopics.ACKNOWLEDGE_MAX);
            }
            Integer answer = days(form.get("answer-" + code), DeskTopics.ANSWER_MAX);
            if (answer == null) {
                errors.add("answer-" + code, "desk.settings.days.invalid", DeskTopics.DAYS_MIN, DeskTopics.ANSWER_MAX);
            } else if (ack != null && answer < ack) {
                errors.add("answer-" + code, "desk.settings.days.answerBeforeAck");
            }
            choices.add(new DeskTopics.Choice(t, hidden, label, ack == null ? 0 : ack, answer == null ? 0 : answer));
        }
        if (choices.stream().allMatch(DeskTopics.Choice::hidden)) {
            errors.add("shown-" + Topic.KHAC.name(), "desk.settings.noneShown");
        }
        if (errors.hasAny()) {
            return page(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, topics.effective(unit), form, errors);
        }
        topics.save(actor, unitId, choices);
        return Redirects.seeOther(base(unitId), Flash.success("desk.settings.saved"));
    }

    @Post("/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reset(Actor actor, long unitId) {
        access.require(actor, unitId, Permission.MANAGE_SITE);
        topics.reset(actor, unitId);
        return Redirects.seeOther(base(unitId), Flash.success("desk.settings.resetDone"));
    }

    private HttpResponse<?> page(HttpRequest<?> request, Actor actor, UnitRef unit, HttpStatus status, List<DeskTopics.Effective> effective,
                                 Map<String, String> values, FieldErrors errors) {
        var shell = shells.of(request, actor, unit, "desk");
        List<SettingsPage.Row> rows = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (DeskTopics.Effective e : effective) {
            String from = e.fromUnitId() == null ? null : e.fromUnitId().longValue() == unit.id().longValue() ? ""
                    : names.computeIfAbsent(e.fromUnitId(), id -> units.findById(id).map(UnitRef::name).orElse(""));
            rows.add(new SettingsPage.Row(e.topic().name(), shell.t(e.topic().labelKey()), from));
        }
        return pages.render(status, "desk/settings", new SettingsPage(shell, rows, values, errors, topics.hasOwn(unit.id()), unit.parentId() != null));
    }

    private static Integer days(String value, int max) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.strip());
            return n >= DeskTopics.DAYS_MIN && n <= max ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/desk/settings";
    }
}
