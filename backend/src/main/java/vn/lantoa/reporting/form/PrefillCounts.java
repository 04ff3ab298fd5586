package vn.lantoa.reporting.form;

import java.time.LocalDate;
import java.util.Set;

/**
 * Counts for prefilled fields kept by another capability (the plans' PLAN_ sources), so that reporting reads them without
 * depending on that capability: it implements this, reporting asks every implementation for the sources it names.
 */
public interface PrefillCounts {

    /** The sources this counts. */
    Set<PrefillSource> sources();

    /** The unit's own count for the period's days (in Vietnam), first and last included. */
    long count(PrefillSource source, long unitId, LocalDate firstDay, LocalDate lastDay);
}
