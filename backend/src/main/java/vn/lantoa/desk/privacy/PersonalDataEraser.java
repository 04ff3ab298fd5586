package vn.lantoa.desk.privacy;

import vn.lantoa.desk.DeskCase;

/**
 * A part of the desk that keeps more of a citizen's personal data than the case row (attachments, for instance)
 * and erases it when the retention period ends. Every bean of this type is called by {@link PersonalDataRetention}
 * in the transaction that erases the case's own fields, with the case as it was before; a failure rolls the case's
 * erasure back too, so it is tried again on the next run.
 */
public interface PersonalDataEraser {

    void erase(DeskCase closedCase);
}
