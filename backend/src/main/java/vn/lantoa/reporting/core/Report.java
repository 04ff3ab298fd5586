package vn.lantoa.reporting.core;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One unit's report for one obligation and period. answers and prefilled are JSON maps of field name to text;
 * firstSubmittedAt decides on time or late, whatever happens after (a return and a resubmission keep it).
 */
@MappedEntity("report")
public record Report(@Id @GeneratedValue @Nullable Long id, Long unitId, Long obligationId, String periodCode, Long recipientUnitId,
                     Long formVersionId, State status, String answers, String prefilled, int rowCount, @Nullable Instant firstSubmittedAt,
                     @Nullable Instant submittedAt, @Nullable Long submittedBy, @Nullable Long signedBy, @Nullable Instant decidedAt,
                     @Nullable Long decidedBy, @Nullable String returnReason, int revision, Instant createdAt, Instant updatedAt,
                     @Nullable Long createdBy, @Nullable Long updatedBy, long version, @Nullable String basis) {

    /** Where the report is in its life; the deadline screen adds on time, late and overdue from the dates. */
    public enum State {
        DRAFT, AWAITING_SIGNOFF, SUBMITTED, RETURNED, ACCEPTED;

        public String labelKey() {
            return "report.state." + name();
        }

        /** The unit may still change the answers. */
        public boolean editable() {
            return this == DRAFT || this == AWAITING_SIGNOFF || this == RETURNED;
        }
    }

    public ReportStatus.Facts facts() {
        return new ReportStatus.Facts(status == State.DRAFT || status == State.AWAITING_SIGNOFF, firstSubmittedAt, status == State.RETURNED,
                status == State.ACCEPTED);
    }
}
