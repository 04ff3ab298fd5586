package vn.lantoa.reporting.send;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.files.FileService;
import vn.lantoa.files.StoredFile;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.obligation.Slot;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Files attached to a report: stored as the unit's own files, linked to the report while it can still be changed. */
@Singleton
@Connectable
public class ReportAttachments {

    static final int MAX_FILES = 10;
    private final JdbcOperations jdbc;
    private final FileService files;
    private final ReportService reports;
    private final AuditLog audit;
    private final Clock clock;

    ReportAttachments(JdbcOperations jdbc, FileService files, ReportService reports, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    List<AttachmentRow> list(long reportId) {
        return listUpTo(reportId, null);
    }

    /** The files attached up to the moment (null: all of them). */
    List<AttachmentRow> listUpTo(long reportId, java.time.Instant until) {
        return jdbc.prepareStatement("SELECT f.id, f.original_name, f.size_bytes FROM report_attachment a JOIN stored_file f ON f.id = a.file_id "
                + "WHERE a.report_id = ?" + (until == null ? "" : " AND a.created_at <= ?") + " ORDER BY a.created_at", ps -> {
            ps.setLong(1, reportId);
            if (until != null) {
                ps.setTimestamp(2, Timestamp.from(until));
            }
            List<AttachmentRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new AttachmentRow(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return rows;
        });
    }

    boolean attached(long reportId, long fileId) {
        return jdbc.prepareStatement("SELECT 1 FROM report_attachment WHERE report_id = ? AND file_id = ?", ps -> {
            ps.setLong(1, reportId);
            ps.setLong(2, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    /** Stores the file and links it to the report (a draft is started if there is none); refused once the report is sent or full. */
    public StoredFile attach(Actor actor, Slot slot, String fileName, InputStream content) {
        Report report = reports.report(slot).orElse(null);
        if (report == null) {
            report = reports.saveDraft(actor, slot, reports.prefillFor(slot, reports.form(reports.formVersion(slot, null))));
        } else if (!report.status().editable()) {
            throw UserInputException.of("file", "report.notEditable");
        }
        if (list(report.id()).size() >= MAX_FILES) {
            throw UserInputException.of("file", "report.tooManyFiles", MAX_FILES);
        }
        StoredFile stored = files.upload(actor, slot.unit(), fileName, content, Permission.FILL_REPORTS);
        link(actor, report, stored);
        return stored;
    }

    @Transactional
    void link(Actor actor, Report report, StoredFile file) {
        jdbc.prepareStatement("INSERT INTO report_attachment (report_id, unit_id, file_id, created_at, created_by) VALUES (?, ?, ?, ?, ?)", ps -> {
            ps.setLong(1, report.id());
            ps.setLong(2, report.unitId());
            ps.setLong(3, file.id());
            ps.setTimestamp(4, Timestamp.from(clock.instant()));
            ps.setLong(5, actor.userId());
            return ps.executeUpdate();
        });
        audit.record(actor, report.unitId(), "report.attached", "report", report.id(), "Đính kèm tệp " + file.originalName() + " vào báo cáo", null, null);
    }

    @Transactional
    void detach(Actor actor, Report report, long fileId) {
        if (!report.status().editable()) {
            throw UserInputException.of("file", "report.notEditable");
        }
        jdbc.prepareStatement("DELETE FROM report_attachment WHERE report_id = ? AND file_id = ?", ps -> {
            ps.setLong(1, report.id());
            ps.setLong(2, fileId);
            return ps.executeUpdate();
        });
        audit.record(actor, report.unitId(), "report.detached", "report", report.id(), "Bỏ tệp đính kèm khỏi báo cáo", null, null);
    }
}
