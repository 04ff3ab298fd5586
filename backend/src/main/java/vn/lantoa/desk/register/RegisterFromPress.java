package vn.lantoa.desk.register;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The register's door for the press desk: a negative article or post becomes an entry in one click, through the same
 * checks, audit and links as one typed on the register's page. It starts as watched, of medium severity, concerning the
 * unit; the desk refines it on the register.
 */
@Singleton
public class RegisterFromPress {

    private static final int TITLE_MAX = IssueInput.TITLE_MAX;

    private final Register register;

    RegisterFromPress(Register register) {
        this.register = register;
    }

    /** Opens the entry and returns its id. social: a post on social media rather than a press article. */
    public long open(Actor actor, UnitRef unit, String title, boolean social, @Nullable String link, LocalDate firstSeenOn, @Nullable String note) {
        String t = title.length() > TITLE_MAX ? title.substring(0, TITLE_MAX - 1) + "…" : title;
        LocalDate seen = firstSeenOn.isAfter(register.today()) ? register.today() : firstSeenOn;
        IssueInput.Draft draft = new IssueInput.Draft(t, social ? IssueSource.SOCIAL_MEDIA : IssueSource.PRESS, link, seen, Severity.MEDIUM,
                IssueStatus.WATCHING, note, null, Set.of(unit.id()), List.of());
        return register.create(actor, unit, draft).id();
    }

    /** The address of an entry's page. */
    public static String path(long unitId, long issueId) {
        return "/admin/u/" + unitId + "/desk/register/" + issueId;
    }
}
