package vn.lantoa.reporting.incident;

import vn.lantoa.reporting.core.Period;
import vn.lantoa.shell.Shell;

import java.time.Instant;
import java.util.List;

/** The list of quick reports. */
public final class IncidentPages {

    private IncidentPages() {
    }

    /** A quick report as its recipient, or the level above, sees it in the list of incidents. */
    public record IncidentRow(long reportId, long unitId, String unitName, long obligationId, String obligationTitle, Period period, Instant sentAt,
                              boolean late, boolean receivedHere, String summary) {
    }

    public record IncidentsPage(Shell shell, List<IncidentRow> incidents) {
    }
}
