package vn.lantoa.webhook;

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
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.shell.ShellFactory;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

/**
 * A unit's webhooks for its admins: the list with a form for a new one (its secret shown on the one page that answers),
 * one webhook with its settings, the test button, pause and resume, removal, and its delivery log with "Gửi lại".
 */
@Hidden
@Controller("/admin/u/{unitId}/webhooks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class WebhookAdminController {

    private static final int LOG_LINES = 100;

    private final WebhookSubscriptions subscriptions;
    private final WebhookRepository repository;
    private final Deliveries deliveries;
    private final WebhookUrls urls;
    private final Access access;
    private final ShellFactory shells;
    private final Pages pages;

    WebhookAdminController(WebhookSubscriptions subscriptions, WebhookRepository repository, Deliveries deliveries, WebhookUrls urls,
                           Access access, ShellFactory shells, Pages pages) {
        this.subscriptions = subscriptions;
        this.repository = repository;
        this.deliveries = deliveries;
        this.urls = urls;
        this.access = access;
        this.shells = shells;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(HttpRequest<?> request, Actor actor, long unitId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        return listPage(request, actor, unit, WebhookForm.empty(), new FieldErrors());
    }

    /** A new webhook answers with a page rather than a redirect: its secret must not ride in a cookie or an address. */
    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(HttpRequest<?> request, Actor actor, long unitId, @Nullable @Body String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        WebhookForm form = WebhookForm.parse(body);
        FieldErrors errors = new FieldErrors();
        WebhookForm.Valid valid = form.validate(errors, urls);
        if (errors.hasAny()) {
            return listPage(request, actor, unit, form, errors);
        }
        WebhookSubscriptions.Created created = subscriptions.create(actor, unit, valid);
        return pages.render(HttpStatus.OK, "webhook/created", new WebhookPages.CreatedPage(shells.of(request, actor, unit, "webhooks"),
                created.subscription(), created.secret())).header("Cache-Control", "no-store");
    }

    @Get("/{webhookId}")
    HttpResponse<?> show(HttpRequest<?> request, Actor actor, long unitId, long webhookId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        WebhookSubscription webhook = subscriptions.find(unit, webhookId);
        return detailPage(request, actor, unit, webhook, WebhookForm.of(webhook), new FieldErrors());
    }

    @Post("/{webhookId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, Actor actor, long unitId, long webhookId, @Nullable @Body String body) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        WebhookSubscription webhook = subscriptions.find(unit, webhookId);
        WebhookForm posted = WebhookForm.parse(body);
        // Pausing has its own button: the settings form keeps the webhook as it is.
        WebhookForm form = new WebhookForm(posted.url(), posted.description(), posted.events(), webhook.active(), posted.version());
        FieldErrors errors = new FieldErrors();
        WebhookForm.Valid valid = form.validate(errors, urls);
        Long version = Fields.version(errors, form.version());
        if (version == null && !errors.has("version")) {
            errors.add("version", "error.invalidValue");
        }
        if (errors.hasAny()) {
            return detailPage(request, actor, unit, webhook, form, errors);
        }
        subscriptions.update(actor, unit, webhookId, valid, version);
        return Redirects.seeOther(base(unitId, webhookId), Flash.success("webhook.saved"));
    }

    @Post("/{webhookId}/pause")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> pause(Actor actor, long unitId, long webhookId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        subscriptions.setActive(actor, unit, webhookId, false);
        return Redirects.seeOther(base(unitId, webhookId), Flash.success("webhook.paused"));
    }

    @Post("/{webhookId}/resume")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resume(Actor actor, long unitId, long webhookId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        subscriptions.setActive(actor, unit, webhookId, true);
        return Redirects.seeOther(base(unitId, webhookId), Flash.success("webhook.resumed"));
    }

    @Post("/{webhookId}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(Actor actor, long unitId, long webhookId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        subscriptions.delete(actor, unit, webhookId);
        return Redirects.seeOther("/admin/u/" + unitId + "/webhooks", Flash.success("webhook.deleted"));
    }

    /** "Gửi thử": the ping goes at once, and the log shows how it went. */
    @Post("/{webhookId}/ping")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> ping(Actor actor, long unitId, long webhookId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        Deliveries.Row sent = subscriptions.ping(unit, webhookId);
        return Redirects.seeOther(base(unitId, webhookId), outcome(sent, "webhook.ping.delivered", "webhook.ping.failed"));
    }

    @Post("/{webhookId}/deliveries/{deliveryId}/redeliver")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> redeliver(Actor actor, long unitId, long webhookId, long deliveryId) {
        UnitRef unit = access.require(actor, unitId, Permission.MANAGE_API_KEYS);
        Deliveries.Row sent = subscriptions.redeliver(unit, webhookId, deliveryId);
        return Redirects.seeOther(base(unitId, webhookId), outcome(sent, "webhook.redelivered", "webhook.redeliverFailed"));
    }

    private static Flash outcome(Deliveries.Row sent, String delivered, String failed) {
        String answer = sent.lastStatusCode() != null ? "HTTP " + sent.lastStatusCode() : String.valueOf(sent.lastError());
        return Deliveries.DELIVERED.equals(sent.status()) ? Flash.success(delivered, answer) : Flash.error(failed, answer);
    }

    private static String base(long unitId, long webhookId) {
        return "/admin/u/" + unitId + "/webhooks/" + webhookId;
    }

    private HttpResponse<?> listPage(HttpRequest<?> request, Actor actor, UnitRef unit, WebhookForm form, FieldErrors errors) {
        return pages.render(errors.hasAny() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK, "webhook/list",
                new WebhookPages.ListPage(shells.of(request, actor, unit, "webhooks"), repository.findAllOf(unit.id()), form, errors,
                        WebhookEventType.SUBSCRIBABLE));
    }

    private HttpResponse<?> detailPage(HttpRequest<?> request, Actor actor, UnitRef unit, WebhookSubscription webhook, WebhookForm form,
                                       FieldErrors errors) {
        var log = deliveries.attempts(unit.id(), webhook.id(), null, LOG_LINES).stream()
                .map(a -> new WebhookPages.LogLine(a.deliveryId(), a.eventId(), a.eventType(), a.deliveryStatus(), a.number(), a.attemptedAt(),
                        a.statusCode(), a.durationMs(), a.error(), a.response(), a.manual())).toList();
        return pages.render(errors.hasAny() ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK, "webhook/detail",
                new WebhookPages.DetailPage(shells.of(request, actor, unit, "webhooks"), webhook, form, errors, WebhookEventType.SUBSCRIBABLE, log));
    }
}
