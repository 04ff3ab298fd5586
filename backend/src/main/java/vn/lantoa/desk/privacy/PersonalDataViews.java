package vn.lantoa.desk.privacy;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.tenancy.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who saw a citizen's personal data (Nghị định 13/2023): every page that shows a case's name, phone or email writes
 * an audit record, which the unit's audit log lists and filters by its action.
 */
@Singleton
public class PersonalDataViews {

    public static final String VIEWED = "desk.personal_data.viewed";

    private final AuditLog audit;

    PersonalDataViews(AuditLog audit) {
        this.audit = audit;
    }

    /** Records that the actor was shown the case's personal data; which fields, never their values. */
    @Transactional
    public void viewed(Actor actor, DeskCase c) {
        List<String> fields = new ArrayList<>();
        if (c.citizenName() != null) {
            fields.add("name");
        }
        if (c.citizenPhone() != null) {
            fields.add("phone");
        }
        if (c.citizenEmail() != null) {
            fields.add("email");
        }
        audit.record(actor, c.unitId(), VIEWED, "desk_case", c.id(), c.code(), null, Map.of("fields", fields));
    }
}
