package vn.lantoa.desk.privacy;

import vn.lantoa.desk.DeskCase;

/**
 * A part of the desk that keeps more of a citizen's personal data or free text than the case row (attachments, the
 * reasons of its transfers, for instance) and erases it when the retention period ends. Every bean of this type is
 * called by {@link PersonalDataRetention} in the transaction that erases the case's own fields, with the case as it was
 * before; a failure rolls the case's erasure back too, so it is tried again on the next run.
 */
public interface PersonalDataEraser {

    /** What replaces an erased text where the column cannot be empty, or where an empty one would read as "never written". */
    String ERASED_TEXT = "[Nội dung đã xoá theo thời hạn lưu trữ]";

    void erase(DeskCase closedCase);
}
