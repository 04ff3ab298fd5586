package vn.lantoa.platform.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.body.JsonMessageHandler;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.config.DeserializationConfiguration;
import jakarta.inject.Singleton;

/**
 * JSON request bodies are read strictly: a field the operation does not know is refused (400 VALIDATION_FAILED with
 * that field, see ErrorController), never silently dropped, so a typo in an integration shows on its first call.
 * Only the JSON body reader is strict; HTML forms, which browsers may send with extra fields (buttons, editors'
 * own inputs), are bound by the application's usual mapper and keep ignoring what they do not use.
 */
@Factory
class StrictJsonBodies {

    @Singleton
    @Replaces(JsonMessageHandler.class)
    @Produces({MediaType.APPLICATION_JSON, "text/json", MediaType.APPLICATION_HAL_JSON, "application/problem+json",
            "application/merge-patch+json", "application/json-patch+json"})
    @Consumes({MediaType.APPLICATION_JSON, "text/json", MediaType.APPLICATION_HAL_JSON, "application/problem+json",
            "application/merge-patch+json", "application/json-patch+json"})
    JsonMessageHandler<Object> strictJsonBodies(ObjectMapper mapper, DeserializationConfiguration configuration) {
        return new JsonMessageHandler<>(mapper.cloneWithConfiguration(null, null, new Strict(configuration)));
    }

    /** The application's deserialization settings, except that unknown fields are an error. */
    private record Strict(DeserializationConfiguration base) implements DeserializationConfiguration {

        @Override
        public boolean isIgnoreUnknown() {
            return false;
        }

        @Override
        public int getArraySizeThreshold() {
            return base.getArraySizeThreshold();
        }

        @Override
        public boolean isStrictNullable() {
            return base.isStrictNullable();
        }

        @Override
        public boolean isFailOnNullForPrimitives() {
            return base.isFailOnNullForPrimitives();
        }

        @Override
        public boolean isSubtypesRequireDefaultImpl() {
            return base.isSubtypesRequireDefaultImpl();
        }

        @Override
        public boolean acceptCaseInsensitiveEnums() {
            return base.acceptCaseInsensitiveEnums();
        }
    }
}
