package vn.lantoa.desk.tree;

import io.micronaut.core.annotation.Nullable;
import vn.lantoa.desk.Topic;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the API's reads of the cases below are narrowed to: a unit below (its subtree) and a topic. Unlike the page, which falls
 * back to the whole tree, a unit that is not below is a field error: the same for a unit elsewhere as for one that does not exist.
 */
record BelowFilter(UnitRef scope, @Nullable Topic topic) {

    static BelowFilter of(UnitRefRepository units, UnitRef top, @Nullable Long scopeUnitId, @Nullable String topic, FieldErrors errors) {
        UnitRef scope = top;
        if (scopeUnitId != null && scopeUnitId != top.id().longValue()) {
            scope = units.findById(scopeUnitId).filter(top::isAncestorOf).orElse(null);
            if (scope == null) {
                errors.add("scopeUnitId", "desk.api.scope.invalid");
                scope = top;
            }
        }
        Topic t = null;
        if (topic != null && !topic.isBlank()) {
            t = Topic.parse(topic.strip());
            if (t == null) {
                errors.add("topic", "desk.api.filter.invalid", Arrays.stream(Topic.values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        return new BelowFilter(scope, t);
    }
}
