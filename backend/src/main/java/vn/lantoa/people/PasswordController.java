package vn.lantoa.people;

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
import vn.lantoa.platform.security.LoginThrottle;
import vn.lantoa.platform.web.ClientAddress;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.shell.ShellFactory;

import java.util.Map;

/** "Quên mật khẩu" and the page behind the emailed link. */
@Hidden
@Controller("/password")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class PasswordController {

    private final PasswordResets resets;
    private final LoginThrottle throttle;
    private final ShellFactory shells;
    private final ClientAddress clients;

    private final Pages pages;

    PasswordController(PasswordResets resets, LoginThrottle throttle, ShellFactory shells, ClientAddress clients, Pages pages) {
        this.clients = clients;
        this.pages = pages;
        this.resets = resets;
        this.throttle = throttle;
        this.shells = shells;
    }

    @Get("/forgot")
    HttpResponse<?> showForgot(HttpRequest<?> request) {
        return pages.render("people/forgot", new PeoplePages.ForgotPage(shells.anonymous(request), "", false));
    }

    @Post("/forgot")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processForgot(HttpRequest<?> request, @Body Map<String, String> body) {
        // The same throttle as sign-in: the form must not become a way to flood someone's mailbox.
        if (throttle.tryAcquire(clients.of(request))) {
            resets.request(body.get("email"));
        }
        return pages.render("people/forgot", new PeoplePages.ForgotPage(shells.anonymous(request), "", true));
    }

    @Get("/reset")
    HttpResponse<?> showReset(HttpRequest<?> request, @Nullable @QueryValue String token) {
        return pages.render("people/reset", new PeoplePages.ResetPage(shells.anonymous(request), token == null ? "" : token,
                resets.isLive(token), new FieldErrors()));
    }

    @Post("/reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processReset(HttpRequest<?> request, @Body Map<String, String> body) {
        String token = body.getOrDefault("token", "");
        try {
            resets.reset(token, body.get("password"), body.get("confirm"));
            return Redirects.seeOther("/login", Flash.success("password.reset.done"));
        } catch (UserInputException e) {
            return pages.render(HttpStatus.UNPROCESSABLE_ENTITY, "people/reset", new PeoplePages.ResetPage(shells.anonymous(request), token,
                    resets.isLive(token), e.errors()));
        }
    }
}
