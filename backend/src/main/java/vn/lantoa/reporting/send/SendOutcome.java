package vn.lantoa.reporting.send;

import vn.lantoa.reporting.core.Report;

/** A send as recorded: repeated is true when the same send (same token) had already been recorded. */
public record SendOutcome(Report report, boolean repeated, boolean late) {
}
