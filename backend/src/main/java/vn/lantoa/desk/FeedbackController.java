package vn.lantoa.desk;

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
import vn.lantoa.desk.attach.DeskAttachment;
import vn.lantoa.desk.attach.DeskAttachments;
import vn.lantoa.platform.web.MultipartFields;
import vn.lantoa.platform.security.CsrfTokens;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.platform.web.ClientAddress;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Option;
import vn.lantoa.site.SiteView;
import vn.lantoa.site.SiteViews;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "Gửi phản ánh, kiến nghị" on every open unit's public site, and the private page where the citizen follows the case.
 * Not a cached public page: the form carries a CSRF token (the session-less double-submit cookie of every form here),
 * and the follow page belongs to one citizen.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class FeedbackController {

    static final String FORM = "/gui-phan-anh";
    static final String FOLLOW = "/theo-doi-phan-anh/";
    private static final Pattern TOKEN_SHAPED = Pattern.compile("[A-Za-z0-9_-]{30,60}");

    private final SiteViews sites;
    private final UnitRepository units;
    private final Intake intake;
    private final SubmissionLimits limits;
    private final ClientAddress clients;
    private final DeskCaseRepository cases;
    private final CaseStepRepository steps;
    private final vn.lantoa.desk.settings.DeskTopics deskTopics;

    FeedbackController(SiteViews sites, UnitRepository units, Intake intake, SubmissionLimits limits, ClientAddress clients, DeskCaseRepository cases,
                       CaseStepRepository steps, vn.lantoa.desk.settings.DeskTopics deskTopics) {
        this.deskTopics = deskTopics;
        this.sites = sites;
        this.units = units;
        this.intake = intake;
        this.limits = limits;
        this.clients = clients;
        this.cases = cases;
        this.steps = steps;
    }

    @Get(SiteViews.SITE + FORM)
    HttpResponse<?> show(HttpRequest<?> request, String site) {
        SiteView s = openSite(request, site, FORM);
        if (s == null) {
            return missing(request, site, FORM);
        }
        return form(request, s, HttpStatus.OK, FeedbackForm.empty(), new FieldErrors(), null);
    }

    @Post(SiteViews.SITE + FORM)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> send(HttpRequest<?> request, String site, @io.micronaut.core.annotation.Nullable @Body String body) {
        return submit(request, site, FeedbackForm.parse(body), List.of());
    }

    /**
     * The same form with files chosen (the page posts multipart; without files it posts the same fields). The whole body
     * is read, since a file input with {@code multiple} sends several parts under one name.
     */
    @Post(SiteViews.SITE + FORM)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> sendWithFiles(HttpRequest<?> request, String site, @Body io.micronaut.http.server.multipart.MultipartBody body) {
        MultipartFields parts = MultipartFields.read(body, DeskAttachments.FIELD, DeskAttachments.MAX_FILES, attachments.maxBytes());
        FeedbackForm form = new FeedbackForm(parts.get("topic"), parts.get("school"), parts.get("message"), parts.get("name"), parts.get("phone"),
                parts.get("email"), parts.get("consent"), parts.get("website"));
        return submit(request, site, form, parts.files().stream().map(f -> new DeskAttachments.Incoming(f.fileName(), f.size(), f.bytes())).toList());
    }

    private HttpResponse<?> submit(HttpRequest<?> request, String site, FeedbackForm form, List<DeskAttachments.Incoming> files) {
        SiteView s = openSite(request, site, FORM);
        if (s == null) {
            return missing(request, site, FORM);
        }
        if (form.honeypotFilled()) {
            return form(request, s, HttpStatus.UNPROCESSABLE_ENTITY, form, new FieldErrors(), "desk.form.refused");
        }
        FieldErrors errors = new FieldErrors();
        Unit unit = s.frame().unit();
        Topic chosen = Topic.parse(form.topic());
        if (chosen != null && deskTopics.visible(unit.id()).stream().noneMatch(e -> e.topic() == chosen)) {
            errors.add("topic", "desk.form.topic.hidden");
        }
        // One indexed lookup, not the Sở's whole list of schools on every submission (the form's list is read only to show it).
        FeedbackForm.Valid valid = form.validate(errors, id -> unit.type().mayHaveChildren() && units.isOpenSchoolIn(unit.path(), id));
        List<DeskAttachments.Checked> checked = attachments.check(files, errors);
        if (valid == null || checked == null) {
            return form(request, s, HttpStatus.UNPROCESSABLE_ENTITY, form, errors, null);
        }
        String address = clients.of(request);
        if (!limits.tryAcquire(address, unit.id())) {
            return form(request, s, HttpStatus.TOO_MANY_REQUESTS, form, errors, "desk.form.tooMany").header("Retry-After", "600");
        }
        List<DeskAttachments.Stored> stored = attachments.store(unit.id(), checked);
        Intake.Receipt receipt;
        try {
            receipt = intake.receive(ref(unit), s.frame().displayName(), valid, address, token -> s.absolute(FOLLOW + token),
                    saved -> attachments.record(unit.id(), saved.id(), stored));
        } catch (RuntimeException e) {
            attachments.discard(stored);
            throw e;
        }
        if (receipt.duplicate()) {
            // The same text reached the unit today already: that case stands, and these copies of its files are not kept.
            attachments.discard(stored);
        }
        String link = receipt.token() == null ? null : s.absolute(FOLLOW + receipt.token());
        return sites.render(HttpStatus.OK, "desk/sent", new DeskPublicPages.SentPage(s, receipt.deskCase().code(), link, receipt.duplicate(),
                !receipt.duplicate() && receipt.deskCase().citizenEmail() != null));
    }

    @Get(SiteViews.SITE + FOLLOW + "{token}")
    HttpResponse<?> follow(HttpRequest<?> request, String site, String token) {
        SiteView s = sites.view(request, site, FOLLOW).orElse(null);
        if (s == null) {
            return missing(request, site, FOLLOW);
        }
        if (!TOKEN_SHAPED.matcher(token).matches()) {
            return sites.notFound(request, s);
        }
        return cases.findFollowed(s.frame().unit().id(), SecretTokens.sha256(token))
                .<HttpResponse<?>>map(c -> {
                    List<DeskPublicPages.PublicStep> shown = steps.history(c.unitId(), c.id()).stream().filter(CaseStep::publicStep)
                            .map(st -> new DeskPublicPages.PublicStep(st.kind(), st.at(), st.kind().detailShownToCitizen() ? st.detail() : null)).toList();
                    return sites.render(HttpStatus.OK, "desk/follow", new DeskPublicPages.FollowPage(s, c.code(), c.spam() ? CaseStatus.DA_DONG : c.status(),
                            c.topic(), c.receivedAt(), shown, c.status() == CaseStatus.CHO_BO_SUNG && !c.spam()
                            ? s.url(FOLLOW + token + FollowReplyController.REPLY) : null,
                            c.unitId() == s.frame().unit().id() ? null : units.findById(c.unitId()).map(Unit::name).orElse(null),
                            attachments.ofCase(c.unitId(), c.id()).stream().map(DeskAttachment::fileName).toList()));
                })
                .orElseGet(() -> sites.notFound(request, s));
    }

    /** The site, when it is open; a closed unit's archive takes no new cases. */
    private SiteView openSite(HttpRequest<?> request, String site, String path) {
        return sites.view(request, site, path).filter(s -> !s.frame().archived()).orElse(null);
    }

    private HttpResponse<?> missing(HttpRequest<?> request, String site, String path) {
        return sites.view(request, site, path).<HttpResponse<?>>map(s -> sites.notFound(request, s))
                .orElseThrow(() -> new vn.lantoa.platform.web.NotFoundException("site " + site));
    }

    /** The site's unit as the case's webhook event names it (id and name), from the frame kept in memory rather than read again. */
    private static UnitRef ref(Unit u) {
        return new UnitRef(u.id(), u.parentId(), u.path(), u.depth(), u.type(), u.schoolLevel(), u.name(), u.shortName(), u.slug(),
                u.officialEmailDomains(), u.closedOn(), null);
    }

    private List<Unit> schoolsOf(Unit unit) {
        return unit.type().mayHaveChildren() ? units.findOpenSchoolsIn(unit.path()) : List.of();
    }

    private io.micronaut.http.MutableHttpResponse<?> form(HttpRequest<?> request, SiteView s, HttpStatus status, FeedbackForm form, FieldErrors errors,
                                                          String notice) {
        List<Option> topics = new ArrayList<>();
        for (var t : deskTopics.visible(s.frame().unit().id())) {
            topics.add(new Option(t.topic().name(), t.label(s::t)));
        }
        List<Option> schools = schoolsOf(s.frame().unit()).stream().map(u -> new Option(String.valueOf(u.id()), u.name())).toList();
        return sites.render(status, "desk/form", new DeskPublicPages.FormPage(s, form, errors, topics, schools, CsrfTokens.of(request), notice,
                attachments.maxMegabytes()));
    }

    // desk-attach: the citizen's files (field injection keeps the constructor as the other desk work has it).
    @jakarta.inject.Inject
    DeskAttachments attachments;
}
