package vn.lantoa.platform.publication;

/** What a unit's public pages show has changed: its own content, or content shared down to it. */
/** changeId is the site_change row: the poller skips the rows this instance has already acted on. */
public record PublicContentChanged(long unitId, long changeId) {

    /** Stands for every unit: the tree or a unit's name changed. */
    public static final long ALL_UNITS = 0;

    public boolean all() {
        return unitId == ALL_UNITS;
    }
}
