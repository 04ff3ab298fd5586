package vn.lantoa.platform.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What an API operation answers besides what every operation may answer (see {@link OpenApiConventions}): its
 * success status when it is not 200 (201 with a {@code Location}, 204 without a body), any other success status it
 * may also give (a repeated send answers 200 where the first answered 201), and the errors particular to it (409 for
 * a state conflict, 412 for a stale version, 422 for a reused Idempotency-Key...). The OpenAPI document is written
 * from this, and the contract test checks every answer against the document, so the two cannot drift apart.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Answers {

    /** The status of success. */
    int value() default 200;

    /** Other success statuses with the same body. */
    int[] also() default {};

    /** Error statuses particular to this operation. */
    int[] errors() default {};
}
