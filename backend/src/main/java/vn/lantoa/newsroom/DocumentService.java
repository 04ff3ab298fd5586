package vn.lantoa.newsroom;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.StaleVersionException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.util.Map;

/** Official documents: editors prepare them, the committee head publishes and withdraws them. */
@Singleton
public class DocumentService {

    /** The stable code of a step refused because of the document's state. */
    public static final String STATE_CONFLICT = "DOCUMENT_STATE_CONFLICT";

    private final OfficialDocumentRepository documents;
    private final StoredFileRepository files;
    private final Access access;
    private final AuditLog audit;
    private final PublicChanges publicChanges;
    private final ReviewNotices reviewNotices;
    private final Clock clock;

    DocumentService(OfficialDocumentRepository documents, StoredFileRepository files, Access access, AuditLog audit, PublicChanges publicChanges,
                    ReviewNotices reviewNotices, Clock clock) {
        this.documents = documents;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.reviewNotices = reviewNotices;
        this.clock = clock;
    }

    @Transactional
    public OfficialDocument create(Actor actor, UnitRef unit, DocumentForm.Draft draft) {
        access.require(actor, unit, Permission.WRITE_CONTENT);
        checkFile(unit, draft.fileId());
        OfficialDocument saved = documents.save(new OfficialDocument(null, unit.id(), draft.number(), draft.docDate(), draft.issuer(),
                draft.docType(), draft.summary(), searchText(draft), draft.fileId(), OfficialDocument.DRAFT, null, null, null, actor.userId(),
                actor.userId(), null));
        audit.record(actor, unit.id(), "document.created", "document", saved.id(), "Nhập văn bản " + saved.number(), null, saved.auditView());
        return saved;
    }

    @Transactional
    public OfficialDocument update(Actor actor, UnitRef unit, long id, DocumentForm.Draft draft) {
        OfficialDocument current = load(actor, unit, id);
        access.require(actor, unit, current.published() ? Permission.APPROVE_CONTENT : Permission.WRITE_CONTENT);
        if (draft.version() != null && !draft.version().equals(current.version())) {
            throw new StaleVersionException();
        }
        checkFile(unit, draft.fileId());
        OfficialDocument updated = documents.update(new OfficialDocument(id, unit.id(), draft.number(), draft.docDate(), draft.issuer(),
                draft.docType(), draft.summary(), searchText(draft), draft.fileId(), current.status(), current.publishedAt(), current.createdAt(),
                current.updatedAt(), current.createdBy(), actor.userId(), current.version()));
        audit.record(actor, unit.id(), "document.updated", "document", id, "Sửa văn bản " + updated.number(), current.auditView(), updated.auditView());
        if (updated.published()) {
            publicChanges.changed(unit.id());
        }
        return updated;
    }

    /** An editor who may not publish sends the document to the committee head, who is told by mail. */
    @Transactional
    public OfficialDocument submit(Actor actor, UnitRef unit, long id) {
        OfficialDocument current = load(actor, unit, id);
        access.require(actor, unit, Permission.WRITE_CONTENT);
        if (!OfficialDocument.DRAFT.equals(current.status())) {
            throw new ConflictException(STATE_CONFLICT, "document.notDraft");
        }
        if (current.fileId() == null) {
            throw UserInputException.of("fileId", "document.file.required");
        }
        OfficialDocument submitted = documents.update(withStatus(current, OfficialDocument.IN_REVIEW, current.publishedAt(), actor));
        audit.record(actor, unit.id(), "document.submitted", "document", id, "Gửi duyệt văn bản " + current.number(),
                Map.of("status", current.status()), Map.of("status", submitted.status()));
        reviewNotices.documentSubmitted(actor, unit, submitted);
        return submitted;
    }

    @Transactional
    public OfficialDocument publish(Actor actor, UnitRef unit, long id, boolean publish) {
        OfficialDocument current = load(actor, unit, id);
        access.require(actor, unit, Permission.APPROVE_CONTENT);
        if (publish && current.fileId() == null) {
            throw UserInputException.of("fileId", "document.file.required");
        }
        OfficialDocument changed = documents.update(withStatus(current, publish ? OfficialDocument.PUBLISHED : OfficialDocument.DRAFT,
                publish ? (current.publishedAt() == null ? clock.instant() : current.publishedAt()) : current.publishedAt(), actor));
        audit.record(actor, unit.id(), publish ? "document.published" : "document.withdrawn", "document", id,
                (publish ? "Đăng văn bản " : "Gỡ văn bản ") + current.number(), Map.of("status", current.status()), Map.of("status", changed.status()));
        publicChanges.changed(unit.id());
        return changed;
    }

    @Transactional
    public void delete(Actor actor, UnitRef unit, long id) {
        OfficialDocument current = load(actor, unit, id);
        access.require(actor, unit, Permission.WRITE_CONTENT);
        if (current.publishedAt() != null) {
            throw new ConflictException(STATE_CONFLICT, "document.delete.wasPublished");
        }
        documents.deleteInUnit(unit.id(), id);
        audit.record(actor, unit.id(), "document.deleted", "document", id, "Xóa văn bản nháp " + current.number(), current.auditView(), null);
    }

    public OfficialDocument load(Actor actor, UnitRef unit, long id) {
        access.require(actor, unit, Permission.READ_DRAFTS);
        return documents.findByUnitIdAndId(unit.id(), id).orElseThrow(() -> new NotFoundException("document " + id));
    }

    private static OfficialDocument withStatus(OfficialDocument d, String status, java.time.Instant publishedAt, Actor actor) {
        return new OfficialDocument(d.id(), d.unitId(), d.number(), d.docDate(), d.issuer(), d.docType(), d.summary(), d.searchText(), d.fileId(),
                status, publishedAt, d.createdAt(), d.updatedAt(), d.createdBy(), actor.userId(), d.version());
    }

    private void checkFile(UnitRef unit, Long fileId) {
        if (fileId != null && files.findByUnitIdAndId(unit.id(), fileId).isEmpty()) {
            throw UserInputException.of("fileId", "article.attachment.unknown");
        }
    }

    static String searchText(DocumentForm.Draft d) {
        String text = VietnameseText.fold(d.number() + " " + d.issuer() + " " + d.summary());
        return text.length() > 3000 ? text.substring(0, 3000) : text;
    }
}
