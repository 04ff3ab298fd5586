package vn.lantoa.testing;

import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleDraft;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.platform.text.SafeHtml;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import vn.lantoa.people.User;
import vn.lantoa.people.UserRepository;
import vn.lantoa.people.UserStatus;
import vn.lantoa.platform.security.PasswordHasher;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.Membership;
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.unit.Unit;
import vn.lantoa.unit.UnitDraft;
import vn.lantoa.unit.UnitService;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds test data through the application's own services, with names unique to each call: every test
 * class gets its own provinces, schools and people in the shared test database.
 */
@Singleton
public class Fixtures {

    public static final String PASSWORD = "Mat-khau-2026";
    private static final AtomicInteger SEQ = new AtomicInteger();
    // Sign-in tokens carry the time the JWT library read from the system clock; a fixed past moment keeps every one valid
    // whatever day a test sets the application's clock to.
    private static final Instant SESSIONS_VALID_AFTER = Instant.parse("2020-01-01T00:00:00Z");

    private final UnitService units;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final PasswordHasher hasher;
    private final SynchronousTransactionManager<Connection> tx;
    private final ArticleService articles;
    private final UnitRefRepository refs;
    private final Clock clock;
    private String hash;

    Fixtures(UnitService units, UserRepository users, MembershipRepository memberships, PasswordHasher hasher,
             SynchronousTransactionManager<Connection> tx, ArticleService articles, UnitRefRepository refs, Clock clock) {
        this.clock = clock;
        this.articles = articles;
        this.refs = refs;
        this.units = units;
        this.users = users;
        this.memberships = memberships;
        this.hasher = hasher;
        this.tx = tx;
    }

    /**
     * Two provinces. Province P has district D with schools A and B; province Q has school Z. One person per role
     * that the isolation tests need.
     */
    public record World(Unit p, Unit d, Unit a, Unit b, Unit q, Unit z,
                        User adminP, User adminD, User reporterD, User editorD, User adminA, User headA, User editorA, User viewerA,
                        User adminB, User editorB, User adminQ, User platformAdmin, String tag) {
    }

    public World world() {
        return tx.executeWrite(status -> {
            String tag = "t" + SEQ.incrementAndGet() + "x" + Long.toString(System.nanoTime() % 100000, 36);
            User platform = user("platform-" + tag + "@lantoa.vn", "Quản trị nền tảng " + tag, true);
            Actor system = actor(platform);
            Unit p = unit(system, null, "Sở GDĐT Thử Nghiệm " + tag, UnitType.PROVINCE_DEPARTMENT, null);
            Unit d = unit(system, p.id(), "Phòng GDĐT Huyện Thử " + tag, UnitType.DISTRICT_OFFICE, null);
            Unit a = unit(system, d.id(), "Trường THCS An Bình " + tag, UnitType.SCHOOL, SchoolLevel.THCS);
            Unit b = unit(system, d.id(), "Trường Tiểu học Bình Minh " + tag, UnitType.SCHOOL, SchoolLevel.TH);
            Unit q = unit(system, null, "Sở GDĐT Tỉnh Khác " + tag, UnitType.PROVINCE_DEPARTMENT, null);
            Unit z = unit(system, q.id(), "Trường THPT Xa Xôi " + tag, UnitType.SCHOOL, SchoolLevel.THPT);
            return new World(p, d, a, b, q, z,
                    member(p, Role.UNIT_ADMIN, "admin-p", tag),
                    member(d, Role.UNIT_ADMIN, "admin-d", tag),
                    member(d, Role.REPORTER, "reporter-d", tag),
                    member(d, Role.EDITOR, "editor-d", tag),
                    member(a, Role.UNIT_ADMIN, "admin-a", tag),
                    member(a, Role.COMMITTEE_HEAD, "head-a", tag),
                    member(a, Role.EDITOR, "editor-a", tag),
                    member(a, Role.VIEWER, "viewer-a", tag),
                    member(b, Role.UNIT_ADMIN, "admin-b", tag),
                    member(b, Role.EDITOR, "editor-b", tag),
                    member(q, Role.UNIT_ADMIN, "admin-q", tag),
                    platform, tag);
        });
    }

    public Unit unit(Actor actor, Long parentId, String name, UnitType type, SchoolLevel level) {
        return units.create(actor, parentId, new UnitDraft(name, null, type, level, null, null, null, null, null, null, null, null, null));
    }

    public void moveUnit(Actor actor, long unitId, long newParentId) {
        units.move(actor, unitId, newParentId, "Sắp xếp lại đơn vị");
    }

    public User member(Unit unit, Role role, String who, String tag) {
        User user = user(who + "-" + tag + "@example.edu.vn", "Người " + who + " " + tag, false);
        memberships.save(new Membership(null, unit.id(), user.id(), role, clock.instant(), null));
        return user;
    }

    public User user(String email, String name, boolean platformAdmin) {
        if (hash == null) {
            hash = hasher.hash(PASSWORD);
        }
        return users.save(new User(null, email, name, null, null, hash, UserStatus.ACTIVE, platformAdmin, 0, null, null,
                SESSIONS_VALID_AFTER, null, null, null));
    }

    public Actor actor(User user) {
        return new Actor(user.id(), user.email(), user.fullName(), user.platformAdmin(), List.of());
    }

    /** An article written, sent for review, approved and published by the platform admin, as the newsroom does it. */
    public Article published(World world, long unitId, ArticleKind kind, String title, String bodyHtml) {
        Actor platform = actor(world.platformAdmin());
        UnitRef unit = refs.findById(unitId).orElseThrow();
        Article created = draft(world, unitId, kind, title, bodyHtml);
        articles.submit(platform, unit, created.id());
        articles.approve(platform, unit, created.id());
        return articles.publish(platform, unit, created.id(), null);
    }

    /** An unpublished article (a draft) of the unit; bodyHtml goes through the sanitizer as an editor's would. */
    public Article draft(World world, long unitId, ArticleKind kind, String title, String bodyHtml) {
        return articles.create(actor(world.platformAdmin()), refs.findById(unitId).orElseThrow(), new ArticleDraft(kind, title, null,
                "Tóm tắt: " + title, SafeHtml.sanitize(bodyHtml), null, null, null, false, List.of(), List.of(), null, null, null));
    }
}
