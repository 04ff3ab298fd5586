package vn.lantoa.newsroom;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.Fields;

import java.time.LocalDate;

/** An official document's fields as filled in. */
@Serdeable
public record DocumentForm(@Nullable String number, @Nullable String docDate, @Nullable String issuer, @Nullable String docType,
                           @Nullable String summary, @Nullable String fileId, @Nullable String version) {

    static DocumentForm empty(String issuer) {
        return new DocumentForm("", "", issuer, DocumentType.KE_HOACH.name(), "", "", "");
    }

    static DocumentForm from(OfficialDocument d) {
        return new DocumentForm(d.number(), d.docDate().toString(), d.issuer(), d.docType().name(), d.summary(),
                d.fileId() == null ? "" : String.valueOf(d.fileId()), String.valueOf(d.version()));
    }

    public Draft validate(FieldErrors errors) {
        String cleanNumber = Fields.text(errors, "number", number, 60, "document.number.required");
        LocalDate date = Fields.date(errors, "docDate", docDate);
        if (date == null && !errors.has("docDate")) {
            errors.add("docDate", "document.date.required");
        }
        String cleanIssuer = Fields.text(errors, "issuer", issuer, 255, "document.issuer.required");
        DocumentType type = DocumentType.parse(docType);
        if (type == null) {
            errors.add("docType", "document.type.required");
        }
        String cleanSummary = Fields.multiline(errors, "summary", summary, 2000);
        if (cleanSummary == null) {
            errors.add("summary", "document.summary.required");
        }
        Long file = null;
        if (fileId != null && !fileId.isBlank()) {
            try {
                file = Long.parseLong(fileId.strip());
            } catch (NumberFormatException e) {
                errors.add("fileId", "error.invalidValue");
            }
        }
        return new Draft(cleanNumber, date, cleanIssuer, type, cleanSummary, file, Fields.version(errors, version));
    }

    public record Draft(String number, LocalDate docDate, String issuer, DocumentType docType, String summary, Long fileId, Long version) {
    }
}
