package vn.lantoa.tenancy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A read-only view of a unit: enough to decide access and to show where it sits in the tree. The unit
 * capability owns the full record and every change to it.
 */
@MappedEntity("unit")
public record UnitRef(
        @Id Long id,
        @Nullable Long parentId,
        String path,
        int depth,
        UnitType type,
        @Nullable SchoolLevel schoolLevel,
        String name,
        @Nullable String shortName,
        String slug,
        @Nullable String officialEmailDomains,
        @Nullable LocalDate closedOn,
        // When the unit took its current place in the tree (its last move, or its parent's); null when it never moved.
        @Nullable java.time.Instant placedAt) {

    /** True when this unit is strictly above the other one in the tree. */
    public boolean isAncestorOf(UnitRef other) {
        return !path.equals(other.path) && other.path.startsWith(path);
    }

    public boolean isSameOrAncestorOf(UnitRef other) {
        return other.path.startsWith(path);
    }

    /** Ids from the root down to this unit itself. */
    public List<Long> pathIds() {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    /** The parent's path, read off this unit's own (a path is the parent's path and the unit's id). */
    public String parentPath() {
        return path.substring(0, path.length() - (id + "/").length());
    }

    public boolean closed() {
        return closedOn != null;
    }

    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
