package vn.lantoa.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's yearly communication plan (kế hoạch truyền thông năm). parentPlanId: the plan of a unit above it is based on;
 * articleId holds the id of the official document (newsroom official_document, not an article) it was published as on the
 * unit's site, when the unit chose so.
 */
@MappedEntity("plan")
public record Plan(
        @Id @GeneratedValue @Nullable Long id,
        long unitId,
        int planYear,
        String title,
        @Nullable String purpose,
        @Nullable String legalBasis,
        @Nullable Long parentPlanId,
        PlanStatus status,
        @Nullable String symbol,
        @Nullable LocalDate issuedOn,
        @Nullable Long issuedBy,
        @Nullable Instant submittedAt,
        @Nullable Long submittedBy,
        @Nullable String reviewNote,
        @Nullable Long articleId,
        Instant createdAt,
        @Nullable Long createdBy,
        Instant updatedAt,
        @Nullable Long updatedBy,
        @Version @Nullable Long version) {

    public boolean issued() {
        return status == PlanStatus.ISSUED;
    }

    /** The other grounds of the plan, one a line. */
    public java.util.List<String> legalBasisLines() {
        return legalBasis == null ? java.util.List.of()
                : java.util.Arrays.stream(legalBasis.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The plan with a new state and who changed it when: the one place a copy with changes is made. */
    public Plan with(PlanStatus newStatus, @Nullable String newSymbol, @Nullable LocalDate newIssuedOn, @Nullable Long newIssuedBy,
                     @Nullable Instant newSubmittedAt, @Nullable Long newSubmittedBy, @Nullable String newReviewNote, @Nullable Long newArticleId,
                     Instant at, @Nullable Long by) {
        return new Plan(id, unitId, planYear, title, purpose, legalBasis, parentPlanId, newStatus, newSymbol, newIssuedOn, newIssuedBy,
                newSubmittedAt, newSubmittedBy, newReviewNote, newArticleId, createdAt, createdBy, at, by, version);
    }

    public Plan withText(String newTitle, @Nullable String newPurpose, @Nullable String newLegalBasis, Instant at, @Nullable Long by) {
        return new Plan(id, unitId, planYear, newTitle, newPurpose, newLegalBasis, parentPlanId, status, symbol, issuedOn, issuedBy, submittedAt,
                submittedBy, reviewNote, articleId, createdAt, createdBy, at, by, version);
    }
}
