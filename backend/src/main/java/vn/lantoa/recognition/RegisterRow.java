package vn.lantoa.recognition;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;

/**
 * A good example in a unit's register: written by {@code unitName} (credited at every level), received from
 * {@code fromUnitName} when it came from below, and how far this unit sent it on ({@code sentStatus}, null when not sent).
 */
@Introspected
public record RegisterRow(long id, long unitId, String unitName, String honoree, boolean collective, String honoreeUnit, String deed, LocalDate deedOn,
                          ExampleField field, @Nullable Long fromUnitId, @Nullable String fromUnitName, @Nullable Long childId,
                          @Nullable String childName, @Nullable String sentStatus, @Nullable String sentToName) {

    public boolean received() {
        return fromUnitId != null;
    }
}
