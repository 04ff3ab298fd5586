package vn.lantoa.tenancy;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;
import vn.lantoa.platform.health.Operators;

/** Platform admins operate Lantoa: they see the health details. */
@Singleton
class PlatformAdminOperators implements Operators {

    private final ActorLoader loader;

    PlatformAdminOperators(ActorLoader loader) {
        this.loader = loader;
    }

    @Override
    public boolean isOperator(HttpRequest<?> request) {
        Authentication authentication = request.getUserPrincipal(Authentication.class).orElse(null);
        if (authentication == null) {
            return false;
        }
        try {
            return loader.load(authentication).platformAdmin();
        } catch (AuthorizationException e) {
            return false;
        }
    }
}
