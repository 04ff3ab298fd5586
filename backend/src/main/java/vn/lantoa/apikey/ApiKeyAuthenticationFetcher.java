package vn.lantoa.apikey;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import vn.lantoa.tenancy.Actor;

import java.util.List;
import java.util.Map;

/**
 * Signs in the request whose API key {@link ApiKeyFilter} accepted, ahead of the JWT reader (to which a key is no token).
 * The actor rides along in the authentication, so it is not read a second time.
 */
@Singleton
class ApiKeyAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        return request.getAttribute(ApiKeyFilter.ACTOR, Actor.class)
                .map(actor -> Publishers.just(Authentication.build("api-key:" + actor.machine().keyId(), List.of(),
                        Map.<String, Object>of(Actor.AUTHENTICATION_ATTRIBUTE, actor))))
                .orElseGet(Publishers::empty);
    }

    @Override
    public int getOrder() {
        return TokenAuthenticationFetcher.ORDER - 1;
    }
}
