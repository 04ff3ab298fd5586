package vn.lantoa.channel;

/**
 * Where the activity of a unit's channels comes from: its monthly report. Lantoa cannot count posts made on Facebook or
 * Zalo, so the unit types the figure; a monthly form's number field with this key is read as "posts on the unit's
 * official channels in the month" by the parent's channel view (the demo's monthly forms have it).
 */
public final class ChannelActivity {

    public static final String POSTS_FIELD = "bai_dang_kenh";

    /** How many past months the parent's view shows. */
    static final int MONTHS = 3;

    private ChannelActivity() {
    }
}
