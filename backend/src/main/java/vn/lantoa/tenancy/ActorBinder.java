package vn.lantoa.tenancy;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Lets controllers declare {@code Actor actor}: the signed-in person, checked and loaded once per request. */
@Singleton
class ActorBinder implements TypedRequestArgumentBinder<Actor> {

    private static final String ATTRIBUTE = "lantoa.actor";
    private final ActorLoader loader;

    ActorBinder(ActorLoader loader) {
        this.loader = loader;
    }

    @Override
    public Argument<Actor> argumentType() {
        return Argument.of(Actor.class);
    }

    @Override
    public BindingResult<Actor> bind(ArgumentConversionContext<Actor> context, HttpRequest<?> request) {
        Optional<Actor> cached = request.getAttribute(ATTRIBUTE, Actor.class);
        if (cached.isPresent()) {
            return () -> cached;
        }
        Authentication authentication = request.getUserPrincipal(Authentication.class)
                .orElseThrow(() -> new AuthorizationException(null));
        Actor actor = loader.load(authentication);
        request.setAttribute(ATTRIBUTE, actor);
        return () -> Optional.of(actor);
    }
}
