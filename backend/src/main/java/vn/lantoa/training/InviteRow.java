package vn.lantoa.training;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/** An invited unit of a training with its counts of people, and the unit directly below the organiser it belongs to. */
@Introspected
public record InviteRow(long unitId, String unitName, @Nullable Long childId, @Nullable String childName, @Nullable String note, long registered,
                        long present) {

    public boolean attended() {
        return present > 0;
    }
}
