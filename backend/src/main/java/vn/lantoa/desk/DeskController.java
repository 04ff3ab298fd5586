package vn.lantoa.desk;

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
import vn.lantoa.people.MemberRow;
import vn.lantoa.people.UserRepository;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.topic.TopicLinks;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The hotline officer's desk: the queue, a case with its history, and the steps of handling it. Desk roles only. */
@Hidden
@Controller("/admin/u/{unitId}/desk")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class DeskController {

    static final int TEXT_MAX = 10_000;

    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;
    private final DeskCaseRepository cases;
    private final CaseStepRepository steps;
    private final CaseHandling handling;
    private final Intake intake;
    private final SlaClock sla;
    private final UserRepository users;
    private final UnitRefRepository unitRefs;
    private final Clock clock;
    private final vn.lantoa.desk.settings.DeskTopics deskTopics;
    private final CaseIssues caseIssues;
    private final vn.lantoa.desk.privacy.PersonalDataViews personalDataViews;
    private final vn.lantoa.site.SiteDirectory sites;
    private final vn.lantoa.unit.UnitRepository unitRows;
    private final TopicLinks topicLinks;

    DeskController(Access access, ShellFactory shells, Pages pages, DeskCaseRepository cases, CaseStepRepository steps, CaseHandling handling,
                   Intake intake, SlaClock sla, UserRepository users, UnitRefRepository unitRefs, Clock clock,
                   vn.lantoa.desk.settings.DeskTopics deskTopics, CaseIssues caseIssues,
                   vn.lantoa.desk.privacy.PersonalDataViews personalDataViews, vn.lantoa.site.SiteDirectory sites, vn.lantoa.unit.UnitRepository unitRows,
                   TopicLinks topicLinks) {
        this.topicLinks = topicLinks;
        this.deskTopics = deskTopics;
        this.personalDataViews = personalDataViews;
        this.sites = sites;
        this.unitRows = unitRows;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
        this.cases = cases;
        this.steps = steps;
        this.handling = handling;
        this.intake = intake;
        this.sla = sla;
        this.users = users;
        this.unitRefs = unitRefs;
        this.clock = clock;
        this.caseIssues = caseIssues;
    }

    @Get
    HttpResponse<?> queue(HttpRequest<?> request, Actor actor, long unitId, @Nullable @QueryValue String status, @Nullable @QueryValue String topic,
                          @Nullable @QueryValue String assignee, @Nullable @QueryValue String q) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        CaseStatus s = CaseStatus.parse(status);
        Topic t = Topic.parse(topic);
        Map<Long, String> members = members(unitId);
        Long assigneeId = parseId(assignee);
        if (assigneeId != null && !members.containsKey(assigneeId)) {
            assigneeId = null;
        }
        String query = VietnameseText.squish(q == null ? "" : q);
        query = query.length() > 200 ? query.substring(0, 200) : query;
        String pattern = "%" + VietnameseText.fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replaceAll("\\s+", "%") + "%";
        Instant now = clock.instant();
        var days = sla.days(unitId);
        List<DeskPages.Row> rows = cases.queue(unitId, s == null ? null : s.name(), t == null ? null : t.name(), assigneeId, pattern).stream()
                .map(c -> new DeskPages.Row(c, c.assigneeId() == null ? null : members.get(c.assigneeId()), Duration.between(c.receivedAt(), now),
                        sla.of(c, now, days.getOrDefault(c.topic(), SlaClock.Days.DEFAULT))))
                .toList();
        long overdue = rows.stream().filter(r -> r.sla() != null && r.sla().overdue()).count();
        var shell = shells.of(request, actor, unit, "desk");
        List<Option> statuses = new ArrayList<>();
        for (CaseStatus st : CaseStatus.values()) {
            statuses.add(new Option(st.name(), shell.t(st.labelKey())));
        }
        DeskPages.Filter filter = new DeskPages.Filter(s == null ? "" : s.name(), t == null ? "" : t.name(),
                assigneeId == null ? "" : String.valueOf(assigneeId), query);
        return pages.render("desk/queue", new DeskPages.QueuePage(shell, rows, filter, statuses, topics(shell), memberOptions(members), overdue));
    }

    @Get("/contact")
    HttpResponse<?> showContact(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        return contactPage(request, actor, unit, HttpStatus.OK, ContactForm.empty(clock.instant()), new FieldErrors());
    }

    @Post("/contact")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> logContact(HttpRequest<?> request, Actor actor, long unitId, @Body ContactForm form) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        FieldErrors errors = new FieldErrors();
        Topic chosen = Topic.parse(form.topic());
        if (chosen != null && deskTopics.visible(unitId).stream().noneMatch(e -> e.topic() == chosen)) {
            errors.add("topic", "desk.form.topic.hidden");
        }
        ContactForm.Valid valid = form.validate(errors, clock.instant());
        if (valid == null) {
            return contactPage(request, actor, unit, HttpStatus.UNPROCESSABLE_ENTITY, form, errors);
        }
        DeskCase logged = intake.log(actor, unitId, valid);
        return Redirects.seeOther(base(unitId) + "/cases/" + logged.id(), Flash.success("desk.logged", logged.code()));
    }

    @Get("/cases/{caseId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long caseId) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        DeskCase c = find(unitId, caseId);
        return casePage(request, actor, unit, c, HttpStatus.OK, new FieldErrors(), "", "", "", "");
    }

    @Post("/cases/{caseId}/acknowledge")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> acknowledge(Actor actor, long unitId, long caseId) {
        access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        handling.acknowledge(actor, unitId, caseId);
        return done(unitId, caseId, "desk.done.acknowledged");
    }

    @Post("/cases/{caseId}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> assign(HttpRequest<?> request, Actor actor, long unitId, long caseId, @Body Map<String, String> form) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        DeskCase c = find(unitId, caseId);
        Map<Long, String> members = members(unitId);
        Long assigneeId = parseId(form.get("assigneeId"));
        if (assigneeId == null || !members.containsKey(assigneeId)) {
            FieldErrors errors = new FieldErrors().add("assigneeId", "desk.assign.invalid");
            return casePage(request, actor, unit, c, HttpStatus.UNPROCESSABLE_ENTITY, errors, "", "", "", "");
        }
        handling.assign(actor, unitId, caseId, assigneeId, members.get(assigneeId));
        return done(unitId, caseId, "desk.done.assigned");
    }

    @Post("/cases/{caseId}/note")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> note(HttpRequest<?> request, Actor actor, long unitId, long caseId, @Body Map<String, String> form) {
        return withText(request, actor, unitId, caseId, form, "note", text -> {
            handling.note(actor, unitId, caseId, text);
            return "desk.done.noted";
        });
    }

    @Post("/cases/{caseId}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> answer(HttpRequest<?> request, Actor actor, long unitId, long caseId, @Body Map<String, String> form) {
        return withText(request, actor, unitId, caseId, form, "answer", text -> {
            handling.answer(actor, unitId, caseId, text, unitRefs.findById(unitId).map(UnitRef::name).orElse(""));
            return "desk.done.answered";
        });
    }

    @Post("/cases/{caseId}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(HttpRequest<?> request, Actor actor, long unitId, long caseId, @Body Map<String, String> form) {
        return withText(request, actor, unitId, caseId, form, "result", text -> {
            handling.close(actor, unitId, caseId, text);
            return "desk.done.closed";
        });
    }

    /** The sector's shared topics the case is about ("Chủ đề truyền thông"), counted in the coverage per theme. */
    @Post("/cases/{caseId}/topics")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> topics(HttpRequest<?> request, Actor actor, long unitId, long caseId, @Body @Nullable String body) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        DeskCase c = find(unitId, caseId);
        List<String> posted = body == null ? List.of()
                : new io.netty.handler.codec.http.QueryStringDecoder(body, java.nio.charset.StandardCharsets.UTF_8, false, 1_000).parameters()
                .getOrDefault("topicIds", List.of());
        FieldErrors errors = new FieldErrors();
        List<Long> ids = TopicLinks.parse(posted, "topicIds", errors);
        try {
            if (errors.hasAny()) {
                throw new UserInputException(errors);
            }
            topicLinks.replace(TopicLinks.Carrier.CASE, unit, caseId, ids, "topicIds");
        } catch (UserInputException e) {
            return casePage(request, actor, unit, c, HttpStatus.UNPROCESSABLE_ENTITY, e.errors(), "", "", "", "");
        }
        return done(unitId, caseId, "topic.case.saved");
    }

    @Post("/cases/{caseId}/spam")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> spam(Actor actor, long unitId, long caseId) {
        access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        handling.spam(actor, unitId, caseId);
        return Redirects.seeOther(base(unitId), Flash.success("desk.done.spam", find(unitId, caseId).code()));
    }

    @Post("/cases/{caseId}/request-info")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> requestInfo(HttpRequest<?> request, Actor actor, long unitId, long caseId, @Body Map<String, String> form) {
        return withText(request, actor, unitId, caseId, form, "question", text -> {
            vn.lantoa.unit.Unit unit = unitRows.findById(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
            String token = handling.requestInfo(actor, unitId, caseId, text, unit.name(),
                    t -> sites.siteAddress(unit) + FeedbackController.FOLLOW.substring(1) + t);
            return token == null ? "desk.done.infoRequestedNoMail" : "desk.done.infoRequested";
        });
    }

    /**
     * Assigns the ticked cases to one person, each in its own step: a case closed or marked as spam meanwhile is
     * skipped and named in the message, the others are assigned all the same.
     */
    @Post("/bulk-assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> bulkAssign(Actor actor, long unitId, @Body BulkAssignForm form) {
        access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        Map<Long, String> members = members(unitId);
        Long assigneeId = parseId(form.assigneeId());
        if (assigneeId == null || !members.containsKey(assigneeId)) {
            return Redirects.seeOther(base(unitId), Flash.error("desk.bulk.assigneeInvalid"));
        }
        List<Long> ids = form.caseIds().stream().map(DeskController::parseId).filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Redirects.seeOther(base(unitId), Flash.error("desk.bulk.none"));
        }
        if (ids.size() > BulkAssignForm.MAX) {
            return Redirects.seeOther(base(unitId), Flash.error("desk.bulk.tooMany", BulkAssignForm.MAX));
        }
        int assigned = 0;
        int missing = 0;
        List<String> skipped = new ArrayList<>();
        for (long id : ids) {
            try {
                handling.assign(actor, unitId, id, assigneeId, members.get(assigneeId));
                assigned++;
            } catch (vn.lantoa.platform.web.ConflictException e) {
                skipped.add(cases.findByUnitIdAndId(unitId, id).map(DeskCase::code).orElse("#" + id));
            } catch (NotFoundException e) {
                missing++;
            }
        }
        String who = members.get(assigneeId);
        if (skipped.isEmpty() && missing == 0) {
            return Redirects.seeOther(base(unitId), Flash.success("desk.bulk.assigned", assigned, who));
        }
        return Redirects.seeOther(base(unitId), Flash.info("desk.bulk.partly", assigned, who, skipped.size() + missing,
                skipped.isEmpty() ? "-" : String.join(", ", skipped), missing));
    }

    /** A step that takes one text (note, answer, result): required, bounded, shown again with its error next to it. */
    private HttpResponse<?> withText(HttpRequest<?> request, Actor actor, long unitId, long caseId, Map<String, String> form, String field,
                                     Function<String, String> step) {
        UnitRef unit = access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        DeskCase c = find(unitId, caseId);
        String text = VietnameseText.multiline(form.get(field));
        FieldErrors errors = new FieldErrors();
        if (text == null) {
            errors.add(field, "desk." + field + ".required");
        } else if (text.length() > TEXT_MAX) {
            errors.add(field, "desk.text.tooLong", TEXT_MAX, text.length());
        }
        if (errors.hasAny()) {
            String typed = form.get(field) == null ? "" : form.get(field);
            return casePage(request, actor, unit, c, HttpStatus.UNPROCESSABLE_ENTITY, errors, field.equals("note") ? typed : "",
                    field.equals("answer") ? typed : "", field.equals("result") ? typed : "", field.equals("question") ? typed : "");
        }
        return done(unitId, caseId, step.apply(text));
    }

    private HttpResponse<?> casePage(HttpRequest<?> request, Actor actor, UnitRef unit, DeskCase c, HttpStatus status, FieldErrors errors, String note,
                                     String answer, String result, String question) {
        if (!c.anonymous()) {
            personalDataViews.viewed(actor, c);
        }
        Map<Long, String> members = members(unit.id());
        Instant now = clock.instant();
        String concerned = c.concernedUnitId() == null ? null : unitRefs.findById(c.concernedUnitId()).map(UnitRef::name).orElse(null);
        return pages.render(status, "desk/case", new DeskPages.CasePage(shells.of(request, actor, unit, "desk"), c, concerned,
                c.assigneeId() == null ? null : members.get(c.assigneeId()), sla.of(c, now), Duration.between(c.receivedAt(), now),
                steps.history(unit.id(), c.id()), memberOptions(members), errors, note, answer, result,
                caseIssues.of(unit.id(), c.id()), question, attachments.ofCase(unit.id(), c.id()),
                topicLinks.choices(unit, topicLinks.on(TopicLinks.Carrier.CASE, unit.id(), c.id()))));
    }

    private HttpResponse<?> contactPage(HttpRequest<?> request, Actor actor, UnitRef unit, HttpStatus status, ContactForm form, FieldErrors errors) {
        var shell = shells.of(request, actor, unit, "desk");
        List<Option> channels = Channel.LOGGED.stream().map(c -> new Option(c.name(), shell.t(c.labelKey()))).toList();
        return pages.render(status, "desk/contact", new DeskPages.ContactPage(shell, form, errors, channels,
                deskTopics.visible(unit.id()).stream().map(e -> new Option(e.topic().name(), e.label(shell::t))).toList()));
    }

    private DeskCase find(long unitId, long caseId) {
        return cases.findByUnitIdAndId(unitId, caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
    }

    private HttpResponse<?> done(long unitId, long caseId, String messageKey) {
        return Redirects.seeOther(base(unitId) + "/cases/" + caseId, Flash.success(messageKey));
    }

    private Map<Long, String> members(long unitId) {
        return users.findMembersOf(unitId).stream().collect(Collectors.toMap(MemberRow::id, MemberRow::fullName, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private static List<Option> memberOptions(Map<Long, String> members) {
        return members.entrySet().stream().map(e -> new Option(String.valueOf(e.getKey()), e.getValue())).toList();
    }

    private static List<Option> topics(vn.lantoa.shell.Shell shell) {
        List<Option> topics = new ArrayList<>();
        for (Topic t : Topic.values()) {
            topics.add(new Option(t.name(), shell.t(t.labelKey())));
        }
        return topics;
    }

    private static Long parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String base(long unitId) {
        return "/admin/u/" + unitId + "/desk";
    }

    // desk-attach: the citizen's files on the case page (field injection keeps the constructor as the other desk work has it).
    @jakarta.inject.Inject
    vn.lantoa.desk.attach.DeskAttachments attachments;
}
