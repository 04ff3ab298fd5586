package vn.lantoa.platform.publication;

/**
 * Data kept in memory for public pages is out of date for a unit (or all units): sent after this instance's change
 * commits and when a change by another instance is read.
 */
public record PublicCachesStale(long unitId) {

    public boolean all() {
        return unitId == PublicContentChanged.ALL_UNITS;
    }
}
