package vn.lantoa.platform.web;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.http.server.exceptions.NotAllowedException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps failures to answers: a person's mistake gets a 4xx with a clear message, never a 500; only a real
 * fault of ours is logged with its stack trace.
 */
@Controller
// Any Accept: Micronaut picks error routes by what they produce, and a request accepting only image/png (a missing
// picture) or an unreadable type found none and became a 500. The answers set their own type (ErrorResponses).
@Produces(MediaType.ALL)
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorController.class);
    private final ErrorResponses errors;
    private final ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> rejections;

    ErrorController(ErrorResponses errors, ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> rejections) {
        this.errors = errors;
        this.rejections = rejections;
    }

    /** A catch-all below would take these too; they go to the sign-in redirect or the 401/403 answer. */
    @Error(global = true, exception = AuthorizationException.class)
    HttpResponse<?> rejected(HttpRequest<?> request, AuthorizationException e) {
        return rejections.handle(request, e);
    }

    @Error(global = true, exception = NotFoundException.class)
    HttpResponse<?> notFound(HttpRequest<?> request, NotFoundException e) {
        return errors.respond(request, HttpStatus.NOT_FOUND, "NOT_FOUND", "error.notFound");
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    HttpResponse<?> noRoute(HttpRequest<?> request) {
        var own = OwnNotFoundPages.recall(request);
        if (own.isPresent()) {
            return own.get();
        }
        return errors.respond(request, HttpStatus.NOT_FOUND, "NOT_FOUND", "error.notFound");
    }

    @Error(global = true, exception = ForbiddenException.class)
    HttpResponse<?> forbidden(HttpRequest<?> request, ForbiddenException e) {
        return errors.respond(request, HttpStatus.FORBIDDEN, "FORBIDDEN", "error.forbidden");
    }

    @Error(global = true, exception = ConflictException.class)
    HttpResponse<?> conflict(HttpRequest<?> request, ConflictException e) {
        if (e instanceof StaleVersionException) {
            return staleVersion(request, e);
        }
        return errors.respond(request, HttpStatus.CONFLICT, e.code(), e.messageKey());
    }

    @Error(global = true, exception = VersionRequiredException.class)
    HttpResponse<?> versionRequired(HttpRequest<?> request, VersionRequiredException e) {
        return errors.respond(request, HttpStatus.PRECONDITION_REQUIRED, "VERSION_REQUIRED", "error.versionRequired");
    }

    @Error(global = true, exception = UserInputException.class)
    HttpResponse<?> userInput(HttpRequest<?> request, UserInputException e) {
        return errors.validation(request, e.errors());
    }

    @Error(global = true, exception = ConstraintViolationException.class)
    HttpResponse<?> constraintViolation(HttpRequest<?> request, ConstraintViolationException e) {
        FieldErrors fieldErrors = new FieldErrors();
        e.getConstraintViolations().forEach(v -> {
            String path = v.getPropertyPath().toString();
            String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
            String template = v.getMessageTemplate();
            String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : "error.invalidValue";
            fieldErrors.add(field, key.startsWith("jakarta.") ? "error.invalidValue" : key);
        });
        return errors.validation(request, fieldErrors);
    }

    @Error(global = true, exception = ConversionErrorException.class)
    HttpResponse<?> conversion(HttpRequest<?> request, ConversionErrorException e) {
        if (e.getArgument().getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class)) {
            return errors.respond(request, HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "error.malformedBody");
        }
        FieldErrors fieldErrors = new FieldErrors().add(e.getArgument().getName(), "error.invalidValue");
        return errors.validation(request, fieldErrors);
    }

    @Error(global = true, exception = UnsatisfiedRouteException.class)
    HttpResponse<?> unsatisfied(HttpRequest<?> request, UnsatisfiedRouteException e) {
        return errors.validation(request, new FieldErrors().add(e.getArgument().getName(), "error.required"));
    }

    @Error(global = true, exception = ContentLengthExceededException.class)
    HttpResponse<?> tooLarge(HttpRequest<?> request, ContentLengthExceededException e) {
        return errors.respond(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE", "error.tooLarge");
    }

    /** An address that is no URI at all (a lone "%", raw bytes outside ASCII): Micronaut cannot even read its path. */
    @Error(global = true, exception = java.net.URISyntaxException.class)
    HttpResponse<?> badAddress(HttpRequest<?> request, java.net.URISyntaxException e) {
        return errors.respond(request, HttpStatus.BAD_REQUEST, "BAD_REQUEST", "error.badRequest");
    }

    @Error(global = true, exception = NotAllowedException.class)
    HttpResponse<?> notAllowed(HttpRequest<?> request, NotAllowedException e) {
        return errors.respond(request, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "error.notAllowed");
    }

    @Error(global = true, status = HttpStatus.UNSUPPORTED_MEDIA_TYPE)
    HttpResponse<?> unsupportedMedia(HttpRequest<?> request) {
        return errors.respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "error.unsupportedMedia");
    }

    @Error(global = true, status = HttpStatus.BAD_REQUEST)
    HttpResponse<?> badRequest(HttpRequest<?> request) {
        return errors.respond(request, HttpStatus.BAD_REQUEST, "BAD_REQUEST", "error.badRequest");
    }

    @Error(global = true, exception = io.micronaut.http.exceptions.HttpStatusException.class)
    HttpResponse<?> status(HttpRequest<?> request, io.micronaut.http.exceptions.HttpStatusException e) {
        HttpStatus status = e.getStatus();
        if (status.getCode() >= 500) {
            LOG.error("Request {} {} failed with {}", request.getMethod(), request.getPath(), status, e);
            return errors.respond(request, status, "INTERNAL_ERROR", "error.internal");
        }
        return errors.respond(request, status, status.name(), "error.badRequest");
    }

    @Error(global = true, exception = io.micronaut.core.serialize.exceptions.SerializationException.class)
    HttpResponse<?> badJson(HttpRequest<?> request, Exception e) {
        return errors.respond(request, HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "error.malformedBody");
    }

    /** Broken JSON found while a body is bound before the filters run (the body had already arrived whole). */
    @Error(global = true, exception = io.micronaut.json.JsonSyntaxException.class)
    HttpResponse<?> brokenJson(HttpRequest<?> request, Exception e) {
        return errors.respond(request, HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "error.malformedBody");
    }

    @Error(global = true, exception = io.micronaut.http.codec.CodecException.class)
    HttpResponse<?> badBody(HttpRequest<?> request, Exception e) {
        return errors.respond(request, HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "error.malformedBody");
    }


    /** A form or multipart body Netty cannot decode ("%" without two hex digits, a broken boundary). */
    @Error(global = true, exception = io.netty.handler.codec.DecoderException.class)
    HttpResponse<?> undecodableBody(HttpRequest<?> request, Exception e) {
        return errors.respond(request, HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "error.malformedBody");
    }

    @Error(global = true, exception = io.micronaut.data.exceptions.OptimisticLockException.class)
    HttpResponse<?> staleVersion(HttpRequest<?> request, Exception e) {
        // The API says 412, as If-Match asks; a page shows the message with 409, as it always has.
        HttpStatus status = ErrorResponses.wantsJson(request) ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        return errors.respond(request, status, "STALE_VERSION", "error.staleVersion");
    }

    @Error(global = true, exception = Exception.class)
    HttpResponse<?> unexpected(HttpRequest<?> request, Exception e) {
        if (e.getCause() instanceof java.net.URISyntaxException bad) {
            return badAddress(request, bad);
        }
        var refused = DatabaseRefusals.statusOf(e);
        if (refused.isPresent()) {
            LOG.warn("Request {} {} sent a value its database column cannot hold; answered {}: {}", request.getMethod(), request.getPath(),
                    refused.get().getCode(), e.getMessage());
            return refused.get() == HttpStatus.NOT_FOUND
                    ? errors.respond(request, HttpStatus.NOT_FOUND, "NOT_FOUND", "error.notFound")
                    : errors.respond(request, HttpStatus.BAD_REQUEST, "BAD_REQUEST", "error.invalidValue");
        }
        LOG.error("Request {} {} failed", request.getMethod(), request.getPath(), e);
        return errors.respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "error.internal");
    }
}
