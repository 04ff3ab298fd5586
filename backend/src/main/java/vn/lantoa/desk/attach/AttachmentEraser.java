package vn.lantoa.desk.attach;

import jakarta.inject.Singleton;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.desk.privacy.PersonalDataEraser;
import vn.lantoa.platform.storage.ObjectStorage;

import java.util.List;

/**
 * When a case's personal data is erased, its attachments go too: a photo or a scanned letter is personal data as much
 * as a name. The rows are deleted in the retention's transaction first and the objects after, so a failing delete in the
 * bucket rolls the whole erasure back and the next run tries again.
 */
@Singleton
class AttachmentEraser implements PersonalDataEraser {

    private final DeskAttachmentRepository rows;
    private final ObjectStorage storage;

    AttachmentEraser(DeskAttachmentRepository rows, ObjectStorage storage) {
        this.rows = rows;
        this.storage = storage;
    }

    @Override
    public void erase(DeskCase closedCase) {
        // By the case alone: files of a case forwarded before they moved with it still carry the unit that first had it.
        List<DeskAttachment> files = rows.ofCase$WithoutTenancy(closedCase.id());
        if (files.isEmpty()) {
            return;
        }
        rows.deleteOfCase$WithoutTenancy(closedCase.id());
        for (DeskAttachment f : files) {
            storage.delete(f.objectKey());
        }
    }
}
