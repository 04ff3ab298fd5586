package vn.lantoa.disclosure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.platform.publication.PublicChanges;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Permission;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitType;

import java.time.Clock;
import java.util.Map;

/** Publishing a disclosure item. A new item for the same requirement and period replaces the old, which stays in the archive. */
@Singleton
public class DisclosureService {

    private final DisclosureItemRepository items;
    private final StoredFileRepository files;
    private final Access access;
    private final AuditLog audit;
    private final PublicChanges publicChanges;
    private final Clock clock;

    DisclosureService(DisclosureItemRepository items, StoredFileRepository files, Access access, AuditLog audit, PublicChanges publicChanges,
                      Clock clock) {
        this.items = items;
        this.files = files;
        this.access = access;
        this.audit = audit;
        this.publicChanges = publicChanges;
        this.clock = clock;
    }

    /** The fields of the publish form, as typed. */
    public record Form(String requirement, String period, String title, String body, String fileId) {
    }

    @Transactional
    public DisclosureItem publish(Actor actor, UnitRef unit, Form form) {
        access.require(actor, unit, Permission.WRITE_CONTENT);
        FieldErrors errors = new FieldErrors();
        Requirement requirement = Requirement.parse(form.requirement());
        if (unit.type() != UnitType.SCHOOL || requirement == null || !requirement.appliesTo(unit.schoolLevel())) {
            errors.add("requirement", "disclosure.requirement.invalid");
        }
        String period = form.period() == null ? "" : form.period().strip();
        if (requirement != null && !Requirement.validPeriod(requirement, period)) {
            errors.add("period", "disclosure.period.invalid." + requirement.frequency().name());
        }
        String title = VietnameseText.squish(form.title());
        if (title == null || title.isEmpty()) {
            errors.add("title", "disclosure.title.required");
        } else if (title.length() > 300) {
            errors.add("title", "disclosure.title.tooLong");
        }
        String body = VietnameseText.blankToNull(VietnameseText.multiline(form.body()));
        if (body != null && body.length() > 4000) {
            errors.add("body", "disclosure.body.tooLong");
        }
        Long fileId = null;
        if (form.fileId() != null && !form.fileId().isBlank()) {
            try {
                fileId = Long.parseLong(form.fileId().strip());
            } catch (NumberFormatException e) {
                fileId = -1L;
            }
            if (files.findByUnitIdAndId(unit.id(), fileId).isEmpty()) {
                errors.add("fileId", "disclosure.file.unknown");
            }
        }
        if (requirement == Requirement.ANNUAL_REPORT && fileId == null) {
            errors.add("fileId", "disclosure.file.requiredForReport");
        }
        if (fileId == null && body == null && !errors.has("fileId")) {
            errors.add("body", "disclosure.content.required");
        }
        if (errors.hasAny()) {
            throw new UserInputException(errors);
        }
        DisclosureItem saved = items.save(new DisclosureItem(null, unit.id(), requirement, period, title, body, fileId, clock.instant(), null,
                actor.userId()));
        items.replace(unit.id(), requirement.name(), period, saved.id());
        audit.record(actor, unit.id(), "disclosure.published", "disclosure", saved.id(), "Công khai: " + title, null,
                Map.of("requirement", requirement.name(), "period", period));
        publicChanges.changed(unit.id());
        return saved;
    }
}
