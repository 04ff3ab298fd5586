package vn.lantoa.press.monitoring;

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
import vn.lantoa.desk.Topic;
import vn.lantoa.desk.register.RegisterFromPress;
import vn.lantoa.desk.settings.DeskTopics;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
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
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;
import vn.lantoa.topic.TopicLinks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit's media monitoring pages. The unit's members read its clippings; the desk roles and the hotline officer
 * (MONITOR_MEDIA) write them. The units above do not read a unit's list: what a unit wants its parent to see it sends up,
 * and the copy is the parent's own clipping (kept simple: one list per unit, no roll-up of every clipping below).
 */
@Hidden
@Controller("/admin/u/{unitId}/press/clippings")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class ClippingController {

    static final int PAGE_ROWS = 100;
    static final int MAX_PAGE = 10_000;
    static final int UNIT_OPTIONS = 2000;

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final Clippings clippings;
    private final ClippingSearch search;
    private final ClippingUnits units;
    private final DeskTopics topics;
    private final LinkPrefill prefill;
    private final UnitRefRepository refs;
    private final TopicLinks topicLinks;

    ClippingController(Access access, ShellFactory shells, Pages pages, Clippings clippings, ClippingSearch search, ClippingUnits units,
                       DeskTopics topics, LinkPrefill prefill, UnitRefRepository refs, TopicLinks topicLinks) {
        this.topicLinks = topicLinks;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.clippings = clippings;
        this.search = search;
        this.units = units;
        this.topics = topics;
        this.prefill = prefill;
        this.refs = refs;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                         @Nullable @QueryValue String tone, @Nullable @QueryValue String topic, @Nullable @QueryValue String outlet,
                         @Nullable @QueryValue String page) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        Shell shell = shells.of(request, actor, unit, "press");
        LocalDate f = day(from);
        LocalDate t = day(to);
        Tone tn = Tone.parse(tone);
        Topic tp = Topic.parse(topic);
        List<String> outlets = search.outlets(unitId);
        String o = outlet != null && outlets.contains(outlet) ? outlet : null;
        ClippingSearch.Filter filter = new ClippingSearch.Filter(f, t, tn, tp, o);
        int number = pageNumber(page);
        ClippingSearch.Found found = search.find(unitId, filter, PAGE_ROWS, (number - 1) * PAGE_ROWS);
        int pageCount = (int) Math.max(1, (found.total() + PAGE_ROWS - 1) / PAGE_ROWS);
        if (number > pageCount) {
            number = pageCount;
            found = search.find(unitId, filter, PAGE_ROWS, (number - 1) * PAGE_ROWS);
        }
        Map<Topic, String> labels = topicLabels(shell, unitId);
        Map<Long, List<ClippingUnits.Named>> concerned = units.ofAll(unitId, found.clippings().stream().map(Clipping::id).toList());
        Map<LocalDate, List<ClippingPages.Row>> byDay = new LinkedHashMap<>();
        for (Clipping c : found.clippings()) {
            byDay.computeIfAbsent(c.publishedOn(), d -> new ArrayList<>()).add(row(c, labels, concerned.getOrDefault(c.id(), List.of())));
        }
        List<ClippingPages.Day> days = byDay.entrySet().stream().map(e -> new ClippingPages.Day(e.getKey(), e.getValue())).toList();
        ClippingPages.Filter shown = new ClippingPages.Filter(f == null ? "" : VietnamTime.date(f), t == null ? "" : VietnamTime.date(t),
                tn == null ? "" : tn.name(), tp == null ? "" : tp.name(), o == null ? "" : o);
        return pages.render("press/monitoring/list", new ClippingPages.ListPage(shell, days, found.total(), shown, tones(shell),
                topicOptions(labels), outlets, access.can(actor, unit, Permission.MONITOR_MEDIA), number, pageCount));
    }

    @Get("/new")
    HttpResponse<?> showNew(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        return edit(request, actor, unit, null, HttpStatus.OK, ClippingInput.empty(clippings.today()), new FieldErrors(), null, false);
    }

    /** Reads the pasted link's page and shows the form again with what it says filled in. */
    @Post("/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> read(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        FormFields fields = FormFields.parse(body);
        ClippingInput typed = fields.input();
        if (typed.url() == null || !WebAddress.isHttp(typed.url().strip())) {
            return edit(request, actor, unit, null, HttpStatus.UNPROCESSABLE_ENTITY, typed,
                    new FieldErrors().add("url", "press.clipping.url.invalid"), null, false, themes(unit, fields));
        }
        LinkPrefill.Result r = prefill.read(typed);
        return edit(request, actor, unit, null, HttpStatus.OK, r.form(), new FieldErrors(), r.note(), r.ok(), themes(unit, fields));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        FormFields fields = FormFields.parse(body);
        ClippingInput input = fields.input();
        try {
            Clipping created = clippings.create(actor, unit, clippings.check(unit, input), themes(fields));
            return Redirects.seeOther(base(unitId) + "/" + created.id(), Flash.success("press.clipping.done.created"));
        } catch (UserInputException e) {
            return edit(request, actor, unit, null, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors(), null, false, themes(unit, fields));
        }
    }

    @Get("/{clippingId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long clippingId) {
        UnitRef unit = access.require(actor, unitId, Permission.READ_DRAFTS);
        Clipping c = clippings.find(unitId, clippingId);
        Shell shell = shells.of(request, actor, unit, "press");
        ClippingPages.Row row = row(c, topicLabels(shell, unitId), units.of(unitId, clippingId));
        String forwardedTo = clippings.forwarded(unit, clippingId).flatMap(x -> refs.findById(x.unitId())).map(UnitRef::name).orElse(null);
        String fromBelow = null;
        if (c.forwardedFromId() != null) {
            fromBelow = row.units().isEmpty() ? "" : row.units().get(0);
        }
        String issuePath = c.opinionIssueId() == null ? null : RegisterFromPress.path(unitId, c.opinionIssueId());
        return pages.render("press/monitoring/show", new ClippingPages.ShowPage(shell, row, access.can(actor, unit, Permission.MONITOR_MEDIA),
                unit.parentId() != null, forwardedTo, fromBelow, issuePath,
                topicLinks.names(unit, topicLinks.on(TopicLinks.Carrier.CLIPPING, unitId, clippingId))));
    }

    @Get("/{clippingId}/edit")
    HttpResponse<?> showEdit(HttpRequest<?> request, Actor actor, long unitId, long clippingId) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        Clipping c = clippings.find(unitId, clippingId);
        ClippingInput input = new ClippingInput(c.url(), c.outletName(), c.outletKind().name(), c.title(), VietnamTime.date(c.publishedOn()),
                c.tone().name(), c.topics().isEmpty() ? List.of() : List.of(c.topics().split(",")),
                units.of(unitId, clippingId).stream().map(u -> String.valueOf(u.id())).toList(), c.reach() == null ? "" : String.valueOf(c.reach()),
                c.note(), String.valueOf(c.version()));
        return edit(request, actor, unit, clippingId, HttpStatus.OK, input, new FieldErrors(), null, false,
                topicLinks.choices(unit, topicLinks.on(TopicLinks.Carrier.CLIPPING, unitId, clippingId)));
    }

    @Post("/{clippingId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Actor actor, long unitId, long clippingId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        Clipping current = clippings.find(unitId, clippingId);
        FormFields fields = FormFields.parse(body);
        ClippingInput input = fields.input();
        try {
            FieldErrors errors = new FieldErrors();
            Long version = vn.lantoa.platform.web.Fields.version(errors, input.version());
            if (errors.hasAny() || version == null) {
                throw UserInputException.of("version", "error.invalidValue");
            }
            clippings.update(actor, unit, clippingId, version, clippings.check(unit, input), themes(fields));
            return Redirects.seeOther(base(unitId) + "/" + clippingId, Flash.success("press.clipping.done.updated"));
        } catch (UserInputException e) {
            return edit(request, actor, unit, clippingId, HttpStatus.UNPROCESSABLE_ENTITY, input, e.errors(), null, false, themes(unit, fields));
        } catch (StaleVersionException e) {
            FieldErrors errors = new FieldErrors().add("version", "press.clipping.stale", VietnamTime.dateTime(current.updatedAt()));
            return edit(request, actor, unit, clippingId, HttpStatus.CONFLICT, input, errors, null, false, themes(unit, fields));
        }
    }

    @Post("/{clippingId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(Actor actor, long unitId, long clippingId) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        clippings.delete(actor, unit, clippingId);
        return Redirects.seeOther(base(unitId), Flash.success("press.clipping.done.deleted"));
    }

    /** "Gửi lên cấp trên": a copy in the parent's list, concerning this unit. */
    @Post("/{clippingId}/forward")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> forward(Actor actor, long unitId, long clippingId) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        clippings.find(unitId, clippingId);
        if (unit.parentId() == null) {
            return Redirects.seeOther(base(unitId) + "/" + clippingId, Flash.error("press.clipping.forward.noParent"));
        }
        clippings.forwardUp(actor, unit, clippingId);
        return Redirects.seeOther(base(unitId) + "/" + clippingId, Flash.success("press.clipping.done.forwarded"));
    }

    /** One click: the clipping becomes an entry of the public-opinion register (once), and the entry opens. */
    @Post("/{clippingId}/register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(Actor actor, long unitId, long clippingId) {
        UnitRef unit = access.require(actor, unitId, Permission.MONITOR_MEDIA);
        long issueId = clippings.openIssue(actor, unit, clippingId);
        return Redirects.seeOther(RegisterFromPress.path(unitId, issueId), Flash.success("press.clipping.done.issue"));
    }

    private HttpResponse<?> edit(HttpRequest<?> request, Actor actor, UnitRef unit, Long clippingId, HttpStatus status, ClippingInput input,
                                 FieldErrors errors, String readNote, boolean readOk) {
        return edit(request, actor, unit, clippingId, status, input, errors, readNote, readOk, topicLinks.choices(unit, List.of()));
    }

    /**
     * The sector's shared topics ticked on the form (clipping_topic), apart from the desk's own topic codes kept in the
     * clipping's topics column, which the desk's digests and filters go by.
     */
    private static List<Long> themes(FormFields fields) {
        FieldErrors errors = new FieldErrors();
        List<Long> ids = TopicLinks.parse(fields.all("topicIds"), "topicIds", errors);
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        return ids;
    }

    private List<TopicLinks.Choice> themes(UnitRef unit, FormFields fields) {
        return topicLinks.choices(unit, TopicLinks.parse(fields.all("topicIds"), "topicIds", new FieldErrors()));
    }

    private HttpResponse<?> edit(HttpRequest<?> request, Actor actor, UnitRef unit, Long clippingId, HttpStatus status, ClippingInput input,
                                 FieldErrors errors, String readNote, boolean readOk, List<TopicLinks.Choice> themes) {
        Shell shell = shells.of(request, actor, unit, "press");
        List<Option> kinds = new ArrayList<>();
        for (OutletKind k : OutletKind.values()) {
            kinds.add(new Option(k.name(), shell.t(k.labelKey())));
        }
        List<Option> unitOptions = units.atOrBelow(unit.path(), UNIT_OPTIONS).entrySet().stream()
                .map(e -> new Option(String.valueOf(e.getKey()), e.getValue())).toList();
        return pages.render(status, "press/monitoring/edit", new ClippingPages.EditPage(shell, clippingId, input.orBlank(), errors, kinds, tones(shell),
                topicOptions(topicLabels(shell, unit.id())), unitOptions, readNote, readOk, themes));
    }

    private static ClippingPages.Row row(Clipping c, Map<Topic, String> labels, List<ClippingUnits.Named> concerned) {
        List<String> names = new ArrayList<>();
        for (String code : c.topics().isEmpty() ? new String[0] : c.topics().split(",")) {
            Topic t = Topic.parse(code);
            if (t != null) {
                names.add(labels.getOrDefault(t, code));
            }
        }
        return new ClippingPages.Row(c, names, concerned.stream().map(ClippingUnits.Named::name).toList());
    }

    /** Every topic with the label the unit uses for it (hidden ones too: an old clipping may carry one). */
    private Map<Topic, String> topicLabels(Shell shell, long unitId) {
        Map<Topic, String> labels = new LinkedHashMap<>();
        for (DeskTopics.Effective e : topics.effective(unitId)) {
            labels.put(e.topic(), e.label(k -> shell.t(k)));
        }
        return labels;
    }

    private static List<Option> topicOptions(Map<Topic, String> labels) {
        return labels.entrySet().stream().map(e -> new Option(e.getKey().name(), e.getValue())).toList();
    }

    static List<Option> tones(Shell shell) {
        List<Option> options = new ArrayList<>();
        for (Tone t : Tone.values()) {
            options.add(new Option(t.name(), shell.t(t.labelKey())));
        }
        return options;
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank() || value.length() > 20) {
            return null;
        }
        LocalDate d = VietnamTime.parseDate(value.strip());
        return d == null || d.getYear() < 2000 || d.getYear() > 2999 ? null : d;
    }

    private static int pageNumber(String page) {
        try {
            long n = page == null || page.isBlank() ? 1 : Long.parseLong(page.strip());
            return (int) Math.max(1, Math.min(n, MAX_PAGE));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/press/clippings";
    }
}
