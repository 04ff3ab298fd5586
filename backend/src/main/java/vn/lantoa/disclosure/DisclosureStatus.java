package vn.lantoa.disclosure;

import java.time.LocalDate;

/** Where a school stands on one requirement: the period now overdue if missing, and the one due next. */
public record DisclosureStatus(Requirement requirement, String previousPeriod, LocalDate previousDue, DisclosureItem previousItem,
                               String currentPeriod, LocalDate currentDue, DisclosureItem currentItem) {

    public boolean overdue() {
        return previousItem == null;
    }

    public boolean previousLate() {
        return previousItem != null && previousItem.publishedAt().atZone(DisclosureTracking.VIETNAM).toLocalDate().isAfter(previousDue);
    }
}
