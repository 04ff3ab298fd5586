package vn.lantoa.desk.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.desk.DeskCase;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRef;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may see a citizen's personal data, and who saw it (Nghị định 13/2023). Only the desk roles of a unit (hotline officer,
 * committee head, unit admin, and read-write API keys of the hotline role) read it; never oversight from above, a viewer, a
 * platform admin without a role there, a key of another role, or a read-only key, which may only VIEW and so reads the case as
 * any reader of the unit's work does (data minimisation: an integration that follows the queue needs no citizen's name).
 * Every page or API answer that shows a case's name, phone or email writes an audit record in the case's
 * unit (whose admins and the admins above read its log), naming the fields, never their values.
 */
@Singleton
public class PersonalDataViews {

    public static final String VIEWED = "desk.personal_data.viewed";
    private static final Role[] DESK_ROLES = {Role.UNIT_ADMIN, Role.COMMITTEE_HEAD, Role.HOTLINE_OFFICER};

    private final AuditLog audit;
    private final Clock clock;

    PersonalDataViews(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the actor holds a desk role in the unit itself, to handle its cases, not only to read them. */
    public static boolean shownTo(Actor actor, UnitRef unit) {
        return !actor.readOnly() && actor.hasRoleAt(unit, DESK_ROLES);
    }

    /** A case whose personal data was shown: which fields it has (an anonymous case shows none and is not recorded). */
    public record Shown(long caseId, long caseUnitId, String code, @Nullable String name, @Nullable String phone, @Nullable String email) {

        public static Shown of(DeskCase c) {
            return new Shown(c.id(), c.unitId(), c.code(), c.citizenName(), c.citizenPhone(), c.citizenEmail());
        }

        List<String> fields() {
            List<String> fields = new ArrayList<>();
            if (name != null) {
                fields.add("name");
            }
            if (phone != null) {
                fields.add("phone");
            }
            if (email != null) {
                fields.add("email");
            }
            return fields;
        }
    }

    /** Records that the actor was shown the case's personal data in its own unit. */
    @Transactional
    public void viewed(Actor actor, DeskCase c) {
        viewed(actor, c.unitId(), List.of(Shown.of(c)));
    }

    /**
     * Records each case of a list or an answer whose personal data the actor was shown, in one insert; from: the unit the actor
     * looked from, named in the record when it is not the case's (the unit above a case forwarded through it or escalated to it).
     */
    @Transactional
    public void viewed(Actor actor, long from, Collection<Shown> shown) {
        Instant now = clock.instant();
        List<AuditLog.Entry> entries = new ArrayList<>();
        for (Shown s : shown) {
            List<String> fields = s.fields();
            if (fields.isEmpty()) {
                continue;
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("fields", fields);
            if (from != s.caseUnitId()) {
                after.put("fromUnitId", from);
            }
            entries.add(new AuditLog.Entry(actor, s.caseUnitId(), VIEWED, "desk_case", s.caseId(), s.code(), after, now));
        }
        audit.recordAll(entries);
    }
}
