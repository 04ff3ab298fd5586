package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.press.releases.ReleaseMailings;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;

/**
 * Seed 000: Sở GDĐT Đắk Lắk mails its press release on the 2024 exam (published by DemoNewsroom) to its "Báo chí địa
 * phương" list (made by the contacts' demo, which runs first), through the press desk's own code. Without that list
 * there is nobody to mail, and the demo goes on without the mailing.
 */
@Singleton
@Connectable
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoPressReleases {

    static final String LIST = "Báo chí địa phương";
    private static final String RELEASE = "Thông cáo báo chí: Kỳ thi tốt nghiệp THPT năm 2024 tại Đắk Lắk%";
    private static final Logger LOG = LoggerFactory.getLogger(DemoPressReleases.class);

    private final JdbcOperations jdbc;
    private final ReleaseMailings mailings;
    private final UnitRefRepository units;

    DemoPressReleases(JdbcOperations jdbc, ReleaseMailings mailings, UnitRefRepository units) {
        this.jdbc = jdbc;
        this.mailings = mailings;
        this.units = units;
    }

    /** The Sở's office mails it, as its spokesperson's desk would. */
    void seed(Actor office, long soDakLak) {
        UnitRef so = units.findById(soDakLak).orElseThrow();
        Optional<Long> list = mailings.listNamed(so, LIST);
        Optional<Long> release = release(soDakLak);
        if (list.isEmpty() || release.isEmpty()) {
            LOG.info("Demo: no \"{}\" list or exam press release for Sở Đắk Lắk; no press release mailed", LIST);
            return;
        }
        mailings.queue(office, so, release.get(), List.of(list.get()), null);
    }

    private Optional<Long> release(long unitId) {
        return jdbc.prepareStatement("SELECT id FROM article WHERE unit_id = ? AND kind = 'PRESS_RELEASE' AND status = 'PUBLISHED' AND title LIKE ? "
                + "ORDER BY id LIMIT 1", ps -> {
            ps.setLong(1, unitId);
            ps.setString(2, RELEASE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        });
    }
}
