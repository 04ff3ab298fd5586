package vn.lantoa.press.incidents;

import java.time.Instant;

/** What an incident is linked to: its kind, id, a label and the page that shows it. */
public record IncidentLink(String kind, long refId, String label, String href, Instant linkedAt) {
}
