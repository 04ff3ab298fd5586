package vn.lantoa.newsroom.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.newsroom.OfficialDocument;
import vn.lantoa.platform.api.Versioned;
import vn.lantoa.tenancy.UnitRef;

import java.time.Instant;
import java.time.LocalDate;

/** An official document (văn bản) as the API shows it; its file is read through the files API. */
@Serdeable
record DocumentView(long id, long unitId, String number, LocalDate docDate, String issuer, String docType, String summary, @Nullable Long fileId,
                    String status, @Nullable Instant publishedAt, @Nullable String publicUrl, Instant createdAt, Instant updatedAt,
                    long version) implements Versioned {

    static DocumentView of(UnitRef unit, OfficialDocument d) {
        return new DocumentView(d.id(), d.unitId(), d.number(), d.docDate(), d.issuer(), d.docType().name(), d.summary(), d.fileId(), d.status(),
                d.publishedAt(), d.published() ? "/" + unit.slug() + "/van-ban/" + d.id() : null, d.createdAt(), d.updatedAt(), d.version());
    }
}
