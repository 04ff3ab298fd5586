package vn.lantoa.desk.tree;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The moves of a case along the tree, for whoever already holds the case (its unit read it by its own id): forwarded from
 * which unit to which, and escalated to which unit above, with the units' names. The reason is the officers' text: shown only
 * to the desk roles, as their notes are.
 */
@Singleton
public class CaseMoves {

    private final TransferRepository transfers;
    private final UnitRefRepository units;

    CaseMoves(TransferRepository transfers, UnitRefRepository units) {
        this.transfers = transfers;
        this.units = units;
    }

    /** One move: code is the case's code when it left; actorName null for the escalation job. */
    public record Move(TransferKind kind, long fromUnitId, String fromUnitName, long toUnitId, String toUnitName, String code, Instant at,
                       @Nullable String reason, @Nullable String actorName) {
    }

    public List<Move> of(DeskCase held, boolean withReasons) {
        List<CaseTransfer> moves = transfers.ofCases(List.of(held.id()));
        if (moves.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = moves.stream().flatMap(m -> Stream.of(m.fromUnitId(), m.toUnitId())).collect(Collectors.toSet());
        Map<Long, String> names = units.findByIdIn(ids).stream().collect(Collectors.toMap(UnitRef::id, UnitRef::name));
        return moves.stream().map(m -> new Move(m.kind(), m.fromUnitId(), names.getOrDefault(m.fromUnitId(), ""), m.toUnitId(),
                names.getOrDefault(m.toUnitId(), ""), m.code(), m.at(), withReasons ? m.reason() : null, m.actorName())).toList();
    }
}
