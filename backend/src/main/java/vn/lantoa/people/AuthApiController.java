package vn.lantoa.people;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.lantoa.platform.api.Answers;
import vn.lantoa.platform.web.ClientAddress;
import vn.lantoa.platform.web.ErrorResponses;
import vn.lantoa.tenancy.Actor;

import java.util.List;

/** Sign-in for API clients: a bearer token for an email and password, refreshed with a rotating refresh token. */
@Controller("/api/v1")
@Tag(name = "Đăng nhập")
class AuthApiController {

    @Serdeable
    record TokenRequest(@Nullable String email, @Nullable String password) {
    }

    @Serdeable
    record RefreshRequest(@Nullable String refreshToken) {
    }

    @Serdeable
    record MeResponse(long id, String email, String fullName, boolean platformAdmin, List<MeMembership> memberships) {
    }

    @Serdeable
    record MeMembership(long unitId, String unitName, String role) {
    }

    private final SignIn signIn;
    private final SessionTokens tokens;
    private final ErrorResponses errors;
    private final ClientAddress clients;

    AuthApiController(SignIn signIn, SessionTokens tokens, ErrorResponses errors, ClientAddress clients) {
        this.clients = clients;
        this.signIn = signIn;
        this.tokens = tokens;
        this.errors = errors;
    }

    @Answers(errors = {401, 403, 423, 429})
    @Operation(operationId = "signIn", summary = "Đăng nhập bằng email và mật khẩu",
            description = "Trả về access token (Bearer, JWT) và refresh token. Lỗi: INVALID_CREDENTIALS (401), ACCOUNT_LOCKED (423), "
                    + "ACCOUNT_DISABLED, ACCOUNT_NOT_ACTIVATED (403), TOO_MANY_ATTEMPTS (429).")
    @Post("/auth/token")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<SessionTokens.ApiTokens> token(HttpRequest<?> request, @Body TokenRequest body) {
        SignIn.Outcome outcome = signIn.attempt(body.email(), body.password(), clients.of(request));
        if (outcome instanceof SignIn.Success success) {
            return HttpResponse.ok(tokens.issueApiTokens(success.user())).header("Pragma", "no-cache");
        }
        SignIn.Failure failure = (SignIn.Failure) outcome;
        HttpStatus status = switch (failure.code()) {
            case "TOO_MANY_ATTEMPTS" -> HttpStatus.TOO_MANY_REQUESTS;
            case "ACCOUNT_LOCKED" -> HttpStatus.LOCKED;
            case "ACCOUNT_DISABLED", "ACCOUNT_NOT_ACTIVATED" -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.UNAUTHORIZED;
        };
        return error(errors.respond(request, status, failure.code(), failure.messageKey(), failure.args()));
    }

    @Answers(errors = 401)
    @Operation(operationId = "refreshToken", summary = "Đổi refresh token lấy cặp token mới", description = "Refresh token chỉ dùng được một lần. Lỗi: INVALID_REFRESH_TOKEN (401).")
    @Post("/auth/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<SessionTokens.ApiTokens> refresh(HttpRequest<?> request, @Body RefreshRequest body) {
        return tokens.refresh(body.refreshToken())
                .<HttpResponse<SessionTokens.ApiTokens>>map(t -> HttpResponse.ok(t).header("Pragma", "no-cache"))
                .orElseGet(() -> error(errors.respond(request, HttpStatus.UNAUTHORIZED, "INVALID_REFRESH_TOKEN", "signin.refreshInvalid")));
    }

    @Answers(204)
    @Operation(operationId = "signOut", summary = "Đăng xuất: thu hồi refresh token, và access token gửi kèm (Bearer) nếu có")
    @Post("/auth/logout")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<Void> logout(@Nullable Authentication authentication, @Body RefreshRequest body) {
        tokens.revoke(body.refreshToken());
        if (authentication != null) {
            tokens.endSession(authentication);
        }
        return HttpResponse.noContent();
    }

    /** An error answer in place of the tokens (its body is the ApiError; the document says so for each status). */
    @SuppressWarnings("unchecked")
    private static <T> HttpResponse<T> error(HttpResponse<?> response) {
        return (HttpResponse<T>) response;
    }

    @Operation(operationId = "getCurrentUser", summary = "Người dùng hiện tại và các vai trò theo đơn vị")
    @SecurityRequirement(name = "bearer")
    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    MeResponse me(Actor actor) {
        return new MeResponse(actor.userId(), actor.email(), actor.fullName(), actor.platformAdmin(),
                actor.grants().stream().map(g -> new MeMembership(g.unitId(), g.unitName(), g.role().name())).toList());
    }
}
