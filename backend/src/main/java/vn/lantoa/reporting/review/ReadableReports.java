package vn.lantoa.reporting.review;

import jakarta.inject.Singleton;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.reporting.core.Period;
import vn.lantoa.reporting.core.PeriodTree;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportRepository;
import vn.lantoa.reporting.obligation.ObligationRepository;
import vn.lantoa.reporting.obligation.ObligationSchedule;
import vn.lantoa.reporting.send.SentReports;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

/**
 * Who reads a report from below: the recipient, or a unit above the sender (now, or in the tree of the report's period:
 * a Sở keeps reading the past reports of the schools of a Phòng that moved away), once it was sent; anyone else gets
 * 404. The page and the API read received reports through this one rule.
 */
@Singleton
class ReadableReports {

    private final ReportRepository reports;
    private final ObligationRepository obligations;
    private final UnitRefRepository units;
    private final PeriodTree tree;

    ReadableReports(ReportRepository reports, ObligationRepository obligations, UnitRefRepository units, PeriodTree tree) {
        this.reports = reports;
        this.obligations = obligations;
        this.units = units;
        this.tree = tree;
    }

    Report readable(UnitRef reader, long reportId) {
        Report report = SentReports.sentOnly(reports.findById$WithoutTenancy(reportId).orElseThrow(() -> new NotFoundException("report " + reportId)));
        if (report.recipientUnitId().equals(reader.id())) {
            return report;
        }
        UnitRef sender = units.findById(report.unitId()).orElseThrow();
        if (reader.isAncestorOf(sender) || wasAbove(reader, sender, report)) {
            return report;
        }
        throw new NotFoundException("report " + reportId);
    }

    private boolean wasAbove(UnitRef reader, UnitRef sender, Report report) {
        Period period = obligations.findById$WithoutTenancy(report.obligationId()).map(o -> ObligationSchedule.periodOf(o, report.periodCode())).orElse(null);
        if (period == null) {
            return false;
        }
        UnitRef readerThen = tree.placeOrLast(reader, period);
        return tree.place(sender, period).map(readerThen::isAncestorOf).orElse(false);
    }
}
