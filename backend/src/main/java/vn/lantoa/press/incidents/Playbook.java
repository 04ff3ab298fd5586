package vn.lantoa.press.incidents;

import vn.lantoa.press.IncidentType;

import java.util.List;

/** A crisis playbook of a unit for one incident type; a parent's applies to every unit below it. */
public record Playbook(long id, long unitId, String unitName, IncidentType type, String title, String draftStatement, List<Step> steps, List<Call> calls,
                long version) {

    /** What to do, who does it, and by how many hours after the first alert. */
    public record Step(String title, String who, int hours) {
    }

    /** Who to call. */
    public record Call(String name, String role, String phone) {
    }
}
