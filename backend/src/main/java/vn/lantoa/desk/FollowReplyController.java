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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.security.CsrfTokens;
import vn.lantoa.platform.security.SecretTokens;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.ClientAddress;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.site.SiteView;
import vn.lantoa.site.SiteViews;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The citizen's reply when the unit asked for more: reached only through the private follow link (the token is the
 * key, as on the follow page), guarded like the public form (honeypot, size limit, the same per-address and per-unit
 * limits), and only while the case waits for it.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class FollowReplyController {

    static final String REPLY = "/bo-sung";
    static final int REPLY_MAX = FeedbackForm.MESSAGE_MAX;
    private static final Pattern TOKEN_SHAPED = Pattern.compile("[A-Za-z0-9_-]{30,60}");

    private final SiteViews sites;
    private final DeskCaseRepository cases;
    private final CaseStepRepository steps;
    private final CaseHandling handling;
    private final SubmissionLimits limits;
    private final ClientAddress clients;

    FollowReplyController(SiteViews sites, DeskCaseRepository cases, CaseStepRepository steps, CaseHandling handling, SubmissionLimits limits,
                          ClientAddress clients) {
        this.sites = sites;
        this.cases = cases;
        this.steps = steps;
        this.handling = handling;
        this.limits = limits;
        this.clients = clients;
    }

    @Get(SiteViews.SITE + FeedbackController.FOLLOW + "{token}" + REPLY)
    HttpResponse<?> show(HttpRequest<?> request, String site, String token) {
        SiteView s = sites.view(request, site, FeedbackController.FOLLOW).orElseThrow(() -> new vn.lantoa.platform.web.NotFoundException("site " + site));
        Optional<DeskCase> found = find(s, token);
        if (found.isEmpty()) {
            return sites.notFound(request, s);
        }
        DeskCase c = found.get();
        return page(request, s, c, token, HttpStatus.OK, "", new FieldErrors(), waiting(c) ? null : "desk.reply.notWaiting");
    }

    @Post(SiteViews.SITE + FeedbackController.FOLLOW + "{token}" + REPLY)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reply(HttpRequest<?> request, String site, String token, @Body Map<String, String> form) {
        SiteView s = sites.view(request, site, FeedbackController.FOLLOW).orElseThrow(() -> new vn.lantoa.platform.web.NotFoundException("site " + site));
        Optional<DeskCase> found = find(s, token);
        if (found.isEmpty()) {
            return sites.notFound(request, s);
        }
        DeskCase c = found.get();
        String typed = form.get("reply") == null ? "" : form.get("reply");
        if (!waiting(c)) {
            // Said on the page, not as an error status: the link is valid, the unit just stopped waiting (answered, closed).
            return page(request, s, c, token, HttpStatus.OK, typed, new FieldErrors(), "desk.reply.notWaiting");
        }
        String website = form.get("website");
        if (website != null && !website.isBlank()) {
            return page(request, s, c, token, HttpStatus.UNPROCESSABLE_ENTITY, typed, new FieldErrors(), "desk.form.refused");
        }
        String text = VietnameseText.multiline(typed);
        FieldErrors errors = new FieldErrors();
        if (text == null) {
            errors.add("reply", "desk.reply.required");
        } else if (text.length() > REPLY_MAX) {
            errors.add("reply", "desk.form.message.tooLong", REPLY_MAX, text.length());
        }
        if (errors.hasAny()) {
            return page(request, s, c, token, HttpStatus.UNPROCESSABLE_ENTITY, typed, errors, null);
        }
        if (!limits.tryAcquire(clients.of(request), c.unitId())) {
            return page(request, s, c, token, HttpStatus.TOO_MANY_REQUESTS, typed, errors, "desk.form.tooMany").header("Retry-After", "600");
        }
        try {
            handling.citizenReplied(c.unitId(), c.id(), text);
        } catch (ConflictException e) {
            return page(request, s, c, token, HttpStatus.OK, typed, errors, "desk.reply.notWaiting");
        }
        return Redirects.seeOther(s.url(FeedbackController.FOLLOW + token));
    }

    /**
     * The case the link names on this site, as the follow page finds it: the site's own, or one it forwarded away, which
     * the citizen still reaches through the site they wrote to; the reply then goes to the unit handling the case now.
     * A token of another site's case is unknown here.
     */
    private Optional<DeskCase> find(SiteView s, String token) {
        if (!TOKEN_SHAPED.matcher(token).matches()) {
            return Optional.empty();
        }
        return cases.findFollowed(s.frame().unit().id(), SecretTokens.sha256(token));
    }

    private static boolean waiting(DeskCase c) {
        return c.status() == CaseStatus.CHO_BO_SUNG && !c.spam();
    }

    private io.micronaut.http.MutableHttpResponse<?> page(HttpRequest<?> request, SiteView s, DeskCase c, String token, HttpStatus status, String text,
                                                          FieldErrors errors, @Nullable String notice) {
        String question = steps.history(c.unitId(), c.id()).stream().filter(st -> st.kind() == StepKind.INFO_REQUESTED)
                .max(Comparator.comparing(CaseStep::at).thenComparing(CaseStep::id)).map(CaseStep::detail).orElse("");
        return sites.render(status, "desk/reply", new DeskPublicPages.ReplyPage(s, c.code(), question, s.url(FeedbackController.FOLLOW + token), text,
                errors, CsrfTokens.of(request), notice, waiting(c)));
    }
}
