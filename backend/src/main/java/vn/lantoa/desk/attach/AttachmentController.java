package vn.lantoa.desk.attach;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import vn.lantoa.desk.DeskCaseRepository;
import vn.lantoa.platform.storage.ContentDisposition;
import vn.lantoa.platform.storage.ObjectStorage;
import vn.lantoa.platform.web.NotFoundException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;

/**
 * A citizen's attachment, downloaded by the desk roles of the unit that handles the case (404 elsewhere, like the case).
 * Always a download with the type sniffed at intake, never shown inline, never framed, no-store: it may show children
 * or carry a family's personal data.
 */
@Hidden
@Controller("/admin/u/{unitId}/desk/cases/{caseId}/attachments")
@Secured(SecurityRule.IS_AUTHENTICATED)
class AttachmentController {

    private final Access access;
    private final DeskCaseRepository cases;
    private final DeskAttachments attachments;
    private final ObjectStorage storage;

    AttachmentController(Access access, DeskCaseRepository cases, DeskAttachments attachments, ObjectStorage storage) {
        this.access = access;
        this.cases = cases;
        this.attachments = attachments;
        this.storage = storage;
    }

    @Get("/{attachmentId}")
    HttpResponse<?> download(Actor actor, long unitId, long caseId, long attachmentId) {
        access.require(actor, unitId, Permission.HANDLE_FEEDBACK);
        cases.findByUnitIdAndId(unitId, caseId).orElseThrow(() -> new NotFoundException("case " + caseId));
        DeskAttachment file = attachments.find(unitId, caseId, attachmentId).orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
        var object = storage.get(file.objectKey()).orElseThrow(() -> new NotFoundException("object " + file.objectKey()));
        return HttpResponse.ok(new StreamedFile(object, MediaType.of(file.contentType()), file.createdAt().toEpochMilli(), file.sizeBytes()))
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "private, no-store");
    }
}
