package vn.lantoa.calendar;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.Set;

/**
 * Vietnam's days off as the platform admin entered them, year by year, kept in memory. Deadlines that move off weekends
 * and holidays read them. The picture is reloaded after every change made here and once a minute, so a change made on
 * another instance arrives within a minute.
 */
@Context
public class DaysOff {

    private static final Logger LOG = LoggerFactory.getLogger(DaysOff.class);

    /**
     * The latest picture, also for rules that are values rather than beans (an obligation's schedule is built in many
     * places): like the time-zone rules, days off are reference data of the whole process.
     */
    private static volatile DaysOffCalendar current = DaysOffCalendar.EMPTY;

    private final DayOffRepository repository;

    DaysOff(DayOffRepository repository) {
        this.repository = repository;
        reload();
    }

    /** The days off every deadline rule uses now. */
    public static Set<LocalDate> known() {
        return current.days();
    }

    public DaysOffCalendar calendar() {
        return current;
    }

    public void reload() {
        current = new DaysOffCalendar(repository.findAllInOrder());
    }

    @Scheduled(fixedDelay = "1m", initialDelay = "1m")
    void refresh() {
        try {
            reload();
        } catch (RuntimeException e) {
            // The database may be briefly away; the days known so far stay in use.
            LOG.warn("Could not reload the days off: {}", e.getMessage());
        }
    }
}
