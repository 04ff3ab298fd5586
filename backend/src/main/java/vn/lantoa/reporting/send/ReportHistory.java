package vn.lantoa.reporting.send;

import jakarta.inject.Singleton;
import vn.lantoa.reporting.core.HistoryNames;
import vn.lantoa.reporting.core.LockExceptions;
import vn.lantoa.reporting.core.Report;
import vn.lantoa.reporting.core.ReportVersion;
import vn.lantoa.reporting.core.ReportVersionRepository;
import vn.lantoa.reporting.form.AnswerChange;
import vn.lantoa.reporting.form.Answers;
import vn.lantoa.reporting.form.FormDefinition;
import vn.lantoa.reporting.form.ReportForm;
import vn.lantoa.reporting.form.ReportFormRepository;
import vn.lantoa.reporting.obligation.Obligation;
import vn.lantoa.reporting.obligation.Slot;
import vn.lantoa.tenancy.UnitRefRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A report's versions with who did what and, for each send after the first, what changed since the one before. */
@Singleton
class ReportHistory {

    private final ReportVersionRepository versions;
    private final ReportFormRepository forms;
    private final HistoryNames names;
    private final Answers answers;
    private final LockExceptions lockExceptions;

    ReportHistory(ReportVersionRepository versions, ReportFormRepository forms, HistoryNames names, Answers answers, LockExceptions lockExceptions) {
        this.versions = versions;
        this.forms = forms;
        this.names = names;
        this.answers = answers;
        this.lockExceptions = lockExceptions;
    }

    List<SendPages.VersionView> of(Report report, FormDefinition form) {
        List<SendPages.VersionView> views = new ArrayList<>();
        Map<String, String> previous = null;
        Map<Long, String> people = new HashMap<>();
        for (ReportVersion v : versions.history(report.unitId(), report.id())) {
            List<AnswerChange> changes = List.of();
            if (v.answers() != null) {
                Map<String, String> sent = answers.read(v.answers());
                if (previous != null) {
                    changes = Answers.diff(form, previous, sent);
                }
                previous = sent;
            }
            String by = v.createdBy() == null ? "" : people.computeIfAbsent(v.createdBy(), names::fullName);
            views.add(new SendPages.VersionView(v, by, changes));
        }
        return views;
    }

    /** The answers of the last send, for a report now being corrected. */
    java.util.Optional<Map<String, String>> lastSent(Report report) {
        List<ReportVersion> all = versions.history(report.unitId(), report.id());
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).answers() != null) {
                return java.util.Optional.of(answers.read(all.get(i).answers()));
            }
        }
        return java.util.Optional.empty();
    }

    ReportForm form(Obligation obligation) {
        return forms.findById$WithoutTenancy(obligation.formId()).orElseThrow();
    }

    boolean exceptionAllows(Slot slot, Instant now) {
        return lockExceptions.allows(slot.unit().id(), slot.obligation().id(), slot.period().code(), now);
    }
}
