package vn.lantoa.demo;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import vn.lantoa.people.User;
import vn.lantoa.people.UserRepository;
import vn.lantoa.unit.UnitRepository;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo at start-up: written into an empty database, and who can sign in, for the banner. The writer
 * ({@link DemoData}, and through it most of Lantoa's services) is made only when there is something to write: made at
 * every start, it had a restart build the S3 client, Tika's type database and the rest before the first page.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
public class DemoStart {

    /** The accounts the banner lists after a restart, in this order, when they are still there. */
    private static final List<String> SHOWN = List.of("quantri@moet.gov.vn", "quantri@hanoi.edu.vn", "quantri.hoangmai@hanoi.edu.vn",
            "baocao.hoangmai@hanoi.edu.vn", "hieutruong.thcstanmai@hanoi.edu.vn", "bientap.thcstanmai@hanoi.edu.vn",
            "duongdaynong.thcstanmai@hanoi.edu.vn", "quantri@daklak.edu.vn", "hieutruong.thptlak@daklak.edu.vn", "quantri@baria-vungtau.edu.vn",
            "baocao.pgdvungtau@baria-vungtau.edu.vn", "phatngon@daklak.edu.vn", "duongdaynong@daklak.edu.vn", "phatngon@baria-vungtau.edu.vn");

    private final UnitRepository units;
    private final UserRepository users;
    private final BeanProvider<DemoData> writer;
    private volatile DemoLogins written;

    DemoStart(UnitRepository units, UserRepository users, BeanProvider<DemoData> writer) {
        this.units = units;
        this.users = users;
        this.writer = writer;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (units.count() == 0) {
            written = writer.get().write();
        }
    }

    /** Who can sign in: as written at this start, or as the database has them after a restart. */
    public DemoLogins logins() {
        DemoLogins justWritten = written;
        if (justWritten != null) {
            return justWritten;
        }
        List<DemoLogins.Row> rows = new ArrayList<>();
        for (User admin : users.findPlatformAdmins()) {
            rows.add(new DemoLogins.Row(admin.email(), "Quản trị nền tảng (tạo Sở, xem toàn bộ)"));
        }
        for (String email : SHOWN) {
            users.findByEmail(email).ifPresent(u -> rows.add(new DemoLogins.Row(u.email(), u.fullName() + " – " + u.jobTitle())));
        }
        return new DemoLogins(DemoData.PASSWORD, List.copyOf(rows));
    }
}
