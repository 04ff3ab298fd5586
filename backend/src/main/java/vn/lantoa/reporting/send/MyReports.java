package vn.lantoa.reporting.send;

import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.DueRule;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.core.PeriodType;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportRepository;
import vn.lantoa.reporting.core.ReportStatus;
import vn.lantoa.reporting.obligation.Applicability;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a unit must report: each obligation that applies to it, with its recent periods and where each stands. */
@Singleton
class MyReports {

    private final Applicability applicability;
    private final ReportRepository reports;
    private final UnitRefRepository units;
    private final Clock clock;
    private final PeriodTree tree;

    MyReports(Applicability applicability, ReportRepository reports, UnitRefRepository units, Clock clock, PeriodTree tree) {
        this.tree = tree;
        this.applicability = applicability;
        this.reports = reports;
        this.units = units;
        this.clock = clock;
    }

    /** The unit's "as it happens" obligations, each with the events it reported in the last months. */
    List<SendPages.MyEvent> events(UnitRef unit) {
        Instant now = clock.instant();
        List<Report> mine = reports.findByUnit(unit.id());
        List<SendPages.MyEvent> list = new ArrayList<>();
        for (Obligation o : applicability.forUnit(unit)) {
            if (o.periodType() != PeriodType.EVENT) {
                continue;
            }
            ObligationSchedule schedule = new ObligationSchedule(o);
            List<SendPages.EventReport> events = new ArrayList<>();
            for (Report r : mine) {
                Period p = r.obligationId().equals(o.id()) ? Period.parse(PeriodType.EVENT, r.periodCode()) : null;
                if (p != null) {
                    events.add(new SendPages.EventReport(r, p, ReportStatus.of(r.facts(), schedule.lateFrom(p), now)));
                }
            }
            events.sort(java.util.Comparator.comparing((SendPages.EventReport e) -> e.period().eventInstant()).reversed());
            String recipientName = units.findById(Applicability.recipient(o, unit)).map(UnitRef::name).orElse("");
            list.add(new SendPages.MyEvent(o, recipientName, schedule.ruleWords(), events));
        }
        return list;
    }

    /**
     * Each obligation with its recent periods that the unit owes, each period in its own tree (see {@link PeriodTree}):
     * a school moved in August owes its new Phòng August, and its old Phòng July, not its new one.
     */
    List<SendPages.MyObligation> of(UnitRef unit, int periods) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, DueRule.VIETNAM);
        Map<String, Report> byKey = new HashMap<>();
        for (Report r : reports.findByUnit(unit.id())) {
            byKey.put(r.obligationId() + "/" + r.periodCode(), r);
        }
        List<vn.lantoa.tenancy.TreeHistory.Placement> placements = tree.placementsOf(unit);
        List<SendPages.MyObligation> list = new ArrayList<>();
        for (Obligation o : applicability.candidates(unit, placements)) {
            if (o.periodType() == PeriodType.EVENT) {
                continue;
            }
            ObligationSchedule schedule = new ObligationSchedule(o);
            List<SendPages.MyPeriod> rows = new ArrayList<>();
            Long recipient = null;
            for (Period p : schedule.recent(today, periods)) {
                UnitRef placed = tree.place(unit, p).orElse(null);
                if (placed == null || !applicability.applies(o, placed)) {
                    continue;
                }
                if (recipient == null) {
                    recipient = Applicability.recipient(o, placed);
                }
                Report r = byKey.get(o.id() + "/" + p.code());
                Instant lateFrom = schedule.lateFrom(p);
                ReportStatus status = ReportStatus.of(r == null ? ReportStatus.Facts.none() : r.facts(), lateFrom, now);
                long daysLate = r != null && r.firstSubmittedAt() != null ? ReportStatus.daysLate(lateFrom, r.firstSubmittedAt())
                        : ReportStatus.daysLate(lateFrom, now);
                Instant lockedFrom = schedule.lockedFrom(p);
                boolean locked = lockedFrom != null && !now.isBefore(lockedFrom);
                rows.add(new SendPages.MyPeriod(p.code(), p.label(), schedule.dueDate(p), status, daysLate, locked, r));
            }
            if (recipient == null) {
                // No period of it yet (it starts later): listed when it applies as the tree stands.
                if (!applicability.applies(o, unit)) {
                    continue;
                }
                recipient = Applicability.recipient(o, unit);
            }
            String recipientName = units.findById(recipient).map(UnitRef::name).orElse("");
            list.add(new SendPages.MyObligation(o, recipientName, schedule.ruleWords(), rows));
        }
        return list;
    }
}
