package vn.lantoa.tenancy;

import java.time.Instant;

/**
 * Published inside the transaction that moves a unit with everything below it, after the tree and its placements
 * changed: listeners (reporting's totals) bring what they keep by the tree's shape in line before the move commits.
 */
public record SubtreeMoved(long unitId, long fromParentId, long toParentId, String fromPath, String toPath, Instant at) {
}
