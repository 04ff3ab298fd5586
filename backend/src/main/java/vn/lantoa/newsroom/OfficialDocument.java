package vn.lantoa.newsroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** An official document (văn bản) published on a unit's site: "85/KH-UBND ngày 15/4/2024 của UBND tỉnh ...". */
@MappedEntity("official_document")
public record OfficialDocument(
        @Id @GeneratedValue @Nullable Long id,
        Long unitId,
        String number,
        LocalDate docDate,
        String issuer,
        DocumentType docType,
        String summary,
        String searchText,
        @Nullable Long fileId,
        String status,
        @Nullable Instant publishedAt,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        @Nullable Long createdBy,
        @Nullable Long updatedBy,
        @Version @Nullable Long version) {

    public static final String DRAFT = "DRAFT";
    /** Sent by an editor to the committee head, who publishes it or withdraws it to draft. */
    public static final String IN_REVIEW = "IN_REVIEW";
    public static final String PUBLISHED = "PUBLISHED";

    public boolean published() {
        return PUBLISHED.equals(status);
    }

    public boolean inReview() {
        return IN_REVIEW.equals(status);
    }

    Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("docDate", docDate.toString());
        m.put("issuer", issuer);
        m.put("docType", docType);
        m.put("summary", summary);
        m.put("fileId", fileId);
        m.put("status", status);
        return m;
    }
}
