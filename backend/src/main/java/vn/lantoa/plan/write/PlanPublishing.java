package vn.lantoa.plan.write;

import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import vn.lantoa.files.StoredFile;
import vn.lantoa.files.FileService;
import vn.lantoa.newsroom.DocumentForm;
import vn.lantoa.newsroom.DocumentService;
import vn.lantoa.newsroom.DocumentType;
import vn.lantoa.newsroom.OfficialDocument;
import vn.lantoa.plan.Plan;
import vn.lantoa.plan.PlanReads;
import vn.lantoa.platform.web.ConflictException;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;

import java.io.ByteArrayInputStream;
import java.sql.Connection;

/**
 * An issued plan published on the unit's site, when the unit chooses: an official document of kind kế hoạch (number,
 * date, the unit as issuer, the title as summary) with the plan's PDF attached, published at once by the head. The
 * document's id is kept in plan.article_id.
 */
@Singleton
class PlanPublishing {

    private final PlanReads reads;
    private final PlanWriter writer;
    private final PlanDocuments documents;
    private final FileService files;
    private final DocumentService officialDocuments;
    private final Access access;
    private final SynchronousTransactionManager<Connection> tx;

    PlanPublishing(PlanReads reads, PlanWriter writer, PlanDocuments documents, FileService files, DocumentService officialDocuments, Access access,
                   SynchronousTransactionManager<Connection> tx) {
        this.tx = tx;
        this.reads = reads;
        this.writer = writer;
        this.documents = documents;
        this.files = files;
        this.officialDocuments = officialDocuments;
        this.access = access;
    }

    /** Publishes the issued plan; a plan already published is refused (its document is withdrawn in the newsroom). */
    OfficialDocument publish(Actor actor, UnitRef unit, long planId) {
        access.require(actor, unit, Permission.APPROVE_CONTENT);
        Plan plan = reads.plan(unit.id(), planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        if (!plan.issued()) {
            throw new ConflictException(PlanWriter.STATE_CONFLICT, "planWrite.publish.notIssued");
        }
        if (plan.articleId() != null) {
            throw new ConflictException(PlanWriter.STATE_CONFLICT, "planWrite.publish.already");
        }
        // The file goes to the object store first, outside the transaction that records the document.
        StoredFile pdf = files.upload(actor, unit, PlanDocuments.fileName(plan, "pdf"),
                new ByteArrayInputStream(documents.pdf(unit, reads.appendix(plan))), Permission.APPROVE_CONTENT);
        // The document, its publication and the plan's link to it are one write: all or nothing.
        return tx.executeWrite(status -> record(actor, unit, plan, pdf));
    }

    private OfficialDocument record(Actor actor, UnitRef unit, Plan plan, StoredFile pdf) {
        OfficialDocument doc = officialDocuments.create(actor, unit, new DocumentForm.Draft(plan.symbol(), plan.issuedOn(), unit.name(),
                DocumentType.KE_HOACH, plan.title(), pdf.id(), null));
        OfficialDocument published = officialDocuments.publish(actor, unit, doc.id(), true);
        writer.published(actor, unit, plan.id(), published.id());
        return published;
    }
}
