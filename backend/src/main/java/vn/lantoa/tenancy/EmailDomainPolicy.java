package vn.lantoa.tenancy;

import jakarta.inject.Singleton;
import vn.lantoa.platform.text.Emails;
import vn.lantoa.platform.text.HostNames;

import java.util.Comparator;
import java.util.List;

/**
 * Official mailboxes only (seed 004: "không sử dụng hòm thư cá nhân"). A unit may list the domains its
 * people must use; the setting holds for the whole tree below it unless a unit further down sets its own.
 */
@Singleton
public class EmailDomainPolicy {

    private final UnitRefRepository units;

    EmailDomainPolicy(UnitRefRepository units) {
        this.units = units;
    }

    /** The domains that apply to this unit; empty when no unit on its path requires any. */
    public List<String> requiredFor(UnitRef unit) {
        return units.findByIdIn(unit.pathIds()).stream()
                .filter(u -> u.officialEmailDomains() != null && !u.officialEmailDomains().isBlank())
                .max(Comparator.comparingInt(UnitRef::depth))
                .map(u -> HostNames.parseList(u.officialEmailDomains()))
                .orElse(List.of());
    }

    public boolean allows(UnitRef unit, String email) {
        List<String> domains = requiredFor(unit);
        return domains.isEmpty() || Emails.isInDomains(email, domains);
    }
}
