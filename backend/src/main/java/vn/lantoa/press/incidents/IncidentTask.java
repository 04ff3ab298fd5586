package vn.lantoa.press.incidents;

import java.time.Instant;

/** A task of an incident: who (as the playbook said) or an owner (a member), due by when, done when and by whom. */
public record IncidentTask(long id, String title, String who, Long ownerId, String ownerName, Instant dueAt, Instant doneAt, String doneByName) {

    public boolean done() {
        return doneAt != null;
    }

    public boolean overdue(Instant now) {
        return doneAt == null && dueAt != null && now.isAfter(dueAt);
    }
}
