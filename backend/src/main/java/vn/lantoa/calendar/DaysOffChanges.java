package vn.lantoa.calendar;

import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import vn.lantoa.audit.AuditLog;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Access;
import vn.lantoa.tenancy.Actor;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * A platform admin adds, removes and copies days off. Each change is written with its audit record in one transaction,
 * and the calendar every deadline reads is reloaded once it has committed.
 */
@Singleton
class DaysOffChanges {

    private final DayOffRepository repository;
    private final DaysOff daysOff;
    private final AuditLog audit;
    private final Access access;
    private final SynchronousTransactionManager<Connection> tx;
    private final Clock clock;

    DaysOffChanges(DayOffRepository repository, DaysOff daysOff, AuditLog audit, Access access, SynchronousTransactionManager<Connection> tx,
                   Clock clock) {
        this.repository = repository;
        this.daysOff = daysOff;
        this.audit = audit;
        this.access = access;
        this.tx = tx;
        this.clock = clock;
    }

    void add(Actor actor, LocalDate date, String name) {
        access.requirePlatformAdmin(actor);
        try {
            tx.executeWrite(status -> {
                if (repository.existsById(date)) {
                    throw UserInputException.of("date", "daysOff.date.taken", VietnamTime.date(date), daysOff.calendar().nameOf(date));
                }
                repository.save(new DayOff(date, name, clock.instant(), actor.userId()));
                audit.record(actor, null, "dayOff.added", "dayOff", date, "Thêm ngày nghỉ " + VietnamTime.date(date) + ": " + name, null,
                        Map.of("date", date.toString(), "name", name));
                return null;
            });
        } catch (io.micronaut.data.exceptions.DataAccessException e) {
            // Another admin entered the same day a moment earlier.
            if (repository.existsById(date)) {
                throw UserInputException.of("date", "daysOff.date.taken", VietnamTime.date(date), "");
            }
            throw e;
        } finally {
            daysOff.reload();
        }
    }

    /** False when the day was not a day off. */
    boolean remove(Actor actor, LocalDate date) {
        access.requirePlatformAdmin(actor);
        try {
            return tx.executeWrite(status -> {
                String name = daysOff.calendar().nameOf(date);
                if (repository.delete(date) == 0) {
                    return false;
                }
                audit.record(actor, null, "dayOff.removed", "dayOff", date, "Bỏ ngày nghỉ " + VietnamTime.date(date),
                        Map.of("date", date.toString(), "name", name == null ? "" : name), null);
                return true;
            });
        } finally {
            daysOff.reload();
        }
    }

    /**
     * Enters in one year the days off of another, on the same day and month; days already entered stay as they are, and
     * 29 February is left out of a year that has none. Returns how many days were added.
     */
    int copy(Actor actor, int fromYear, int toYear) {
        access.requirePlatformAdmin(actor);
        try {
            return tx.executeWrite(status -> {
                int added = 0;
                for (Map.Entry<LocalDate, String> day : daysOff.calendar().inYear(fromYear).entrySet()) {
                    LocalDate from = day.getKey();
                    if (from.getMonthValue() == 2 && from.getDayOfMonth() == 29 && !java.time.Year.isLeap(toYear)) {
                        continue;
                    }
                    LocalDate to = from.withYear(toYear);
                    if (!repository.existsById(to)) {
                        repository.save(new DayOff(to, day.getValue(), clock.instant(), actor.userId()));
                        added++;
                    }
                }
                audit.record(actor, null, "dayOff.copied", "dayOff", toYear, "Chép " + added + " ngày nghỉ của năm " + fromYear + " sang năm " + toYear,
                        null, Map.of("from", fromYear, "to", toYear, "added", added));
                return added;
            });
        } finally {
            daysOff.reload();
        }
    }
}
