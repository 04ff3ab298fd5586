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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.platform.security.SessionCookies;
import vn.lantoa.platform.web.ClientAddress;
import vn.lantoa.platform.web.Flash;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.platform.web.Redirects;
import vn.lantoa.shell.ShellFactory;

/** The browser's sign-in and sign-out. */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class SignInController {

    private final SignIn signIn;
    private final SessionTokens tokens;
    private final SessionCookies cookies;
    private final ShellFactory shells;
    private final ClientAddress clients;

    private final Pages pages;

    SignInController(SignIn signIn, SessionTokens tokens, SessionCookies cookies, ShellFactory shells, ClientAddress clients, Pages pages) {
        this.pages = pages;
        this.clients = clients;
        this.signIn = signIn;
        this.tokens = tokens;
        this.cookies = cookies;
        this.shells = shells;
    }

    @Get("/")
    HttpResponse<?> root(@Nullable Authentication authentication) {
        return Redirects.seeOther(authentication == null ? "/login" : "/admin");
    }

    @Get("/login")
    HttpResponse<?> showLogin(HttpRequest<?> request, @Nullable Authentication authentication, @Nullable @QueryValue String next) {
        if (authentication != null) {
            return Redirects.seeOther(Redirects.safeLocalPath(next, "/admin"));
        }
        return pages.render("people/login", new PeoplePages.LoginPage(shells.anonymous(request), "", next == null ? "" : next, null, null));
    }

    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> processLogin(HttpRequest<?> request, @Body SignInForm form) {
        SignIn.Outcome outcome = signIn.attempt(form.email(), form.password(), clients.of(request));
        if (outcome instanceof SignIn.Success success) {
            return Redirects.seeOther(Redirects.safeLocalPath(form.next(), "/admin"))
                    .cookie(tokens.browserSession(request, success.user()));
        }
        SignIn.Failure failure = (SignIn.Failure) outcome;
        HttpStatus status = "TOO_MANY_ATTEMPTS".equals(failure.code()) ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNPROCESSABLE_ENTITY;
        return pages.render(status, "people/login", new PeoplePages.LoginPage(shells.anonymous(request),
                form.email() == null ? "" : form.email(), form.next() == null ? "" : form.next(), failure.messageKey(), failure.args()));
    }

    @Post("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> logout(HttpRequest<?> request, Authentication authentication) {
        // Clearing the cookie is not enough: a copy of it (another tab's request in flight, a stolen cookie) must stop working too.
        tokens.endSession(authentication);
        return Redirects.seeOther("/login", Flash.info("signin.signedOut")).cookie(cookies.clearedSession(request));
    }
}
