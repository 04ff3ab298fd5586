package vn.lantoa.reporting.send;

import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.tenancy.UnitRef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The in-app reminder on a unit's home page: its reports of the last two periods that still need something from it
 * (not sent, a draft, overdue or returned), soonest deadline first.
 */
@Singleton
public class ReportsDue {

    /** One report the unit still owes. */
    public record Due(String title, String periodLabel, LocalDate dueDate, ReportStatus status, long daysLate, String path) {
    }

    private final MyReports mine;

    ReportsDue(MyReports mine) {
        this.mine = mine;
    }

    public List<Due> of(UnitRef unit) {
        List<Due> due = new ArrayList<>();
        for (SendPages.MyObligation o : mine.of(unit, 2)) {
            for (SendPages.MyPeriod p : o.periods()) {
                if (p.status() == ReportStatus.NOT_STARTED || p.status() == ReportStatus.DRAFT || p.status() == ReportStatus.OVERDUE
                        || p.status() == ReportStatus.RETURNED) {
                    due.add(new Due(o.obligation().title(), p.label(), p.dueDate(), p.status(), p.daysLate(),
                            "/admin/u/" + unit.id() + "/reports/" + o.obligation().id() + "/" + p.code()));
                }
            }
        }
        due.sort(Comparator.comparing(Due::dueDate));
        return due;
    }
}
