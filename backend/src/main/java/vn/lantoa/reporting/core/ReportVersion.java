package vn.lantoa.reporting.core;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One step in a report's history: sent (with the answers as sent), signed, returned with a reason, or accepted. */
@MappedEntity("report_version")
public record ReportVersion(@Id @GeneratedValue @Nullable Long id, Long unitId, Long reportId, int number, Action action,
                            @Nullable String answers, @Nullable String note, @Nullable String token, Instant createdAt,
                            @Nullable Long createdBy) {

    public enum Action {
        SUBMITTED, SIGNOFF_REQUESTED, RETURNED, ACCEPTED;

        public String labelKey() {
            return "report.action." + name();
        }
    }
}
