package vn.lantoa.recognition;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** How many good examples of a year a unit holds from one unit directly below it (null child: its own). */
@Introspected
public record ChildCount(@Nullable Long childId, @Nullable String childName, long examples) {
}
