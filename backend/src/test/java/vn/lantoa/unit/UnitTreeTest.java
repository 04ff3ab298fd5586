package vn.lantoa.unit;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.audit.AuditRepository;
import vn.lantoa.platform.web.ForbiddenException;
import vn.lantoa.platform.web.UserInputException;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.MembershipRepository;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;
import vn.lantoa.testing.Fixtures;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitTreeTest {

    @Inject
    io.micronaut.runtime.server.EmbeddedServer server;
    @Inject
    io.micronaut.json.JsonMapper json;
    @Inject
    UnitService service;
    @Inject
    UnitRepository units;
    @Inject
    UnitMoveRepository moves;
    @Inject
    MembershipRepository memberships;
    @Inject
    AuditRepository audit;
    @Inject
    Fixtures fixtures;
    @Inject
    java.time.Clock clock;
    @Inject
    vn.lantoa.tenancy.TreeHistory history;
    @Inject
    vn.lantoa.tenancy.UnitRefRepository refs;

    Fixtures.World world;
    Actor platform;

    @BeforeAll
    void world() {
        world = fixtures.world();
        platform = fixtures.actor(world.platformAdmin());
    }

    @Test
    void aUnitsPathListsItsAncestorsAndItsSubtreeIsOneRangeQuery() {
        assertThat(world.a().path()).isEqualTo(world.p().path() + world.d().id() + "/" + world.a().id() + "/");
        assertThat(world.a().depth()).isEqualTo(2);

        List<Unit> below = units.searchBelow(world.p().path(), null, null, null, "%", "%", 100, 0);

        assertThat(below).extracting(Unit::id).contains(world.d().id(), world.a().id(), world.b().id()).doesNotContain(world.p().id(), world.z().id());
    }

    @Test
    void searchIgnoresToneMarks() {
        UnitSearch typed = UnitSearch.of("an bình");
        List<Unit> found = units.searchBelow(world.p().path(), null, null, null, typed.pattern(), typed.joined(), 10, 0);
        assertThat(found).extracting(Unit::id).containsExactly(world.a().id());
    }

    @Test
    void searchFindsANameWhateverTheSpacesBetweenItsSyllables() {
        Actor platform = fixtures.actor(world.platformAdmin());
        Unit dakLak = service.create(platform, world.p().id(), new UnitDraft("Trường THPT Đắk Lắk " + world.tag(), null, UnitType.SCHOOL,
                SchoolLevel.THPT, null, null, null, null, null, null, null, null, null));
        Unit joined = service.create(platform, world.p().id(), new UnitDraft("Trường THCS Buônđôn " + world.tag(), null, UnitType.SCHOOL,
                SchoolLevel.THCS, null, null, null, null, null, null, null, null, null));
        for (String typed : List.of("daklak", "Đắk Lắk", "dak lak", "DAKLAK")) {
            UnitSearch search = UnitSearch.of(typed);
            assertThat(units.searchBelow(world.p().path(), null, null, null, search.pattern(), search.joined(), 50, 0)).as(typed)
                    .extracting(Unit::id).contains(dakLak.id()).doesNotContain(joined.id());
        }
        UnitSearch apart = UnitSearch.of("buôn đôn");
        assertThat(units.searchBelow(world.p().path(), null, null, null, apart.pattern(), apart.joined(), 50, 0)).extracting(Unit::id)
                .containsExactly(joined.id());
        UnitSearch percent = UnitSearch.of("%");
        assertThat(units.countBelow(world.p().path(), null, null, null, percent.pattern(), percent.joined())).isZero();
    }

    @Test
    void slugsComeFromTheNameAndStayUnique() {
        Unit first = fixtures.unit(platform, world.d().id(), "Trường THCS Trùng Tên " + world.tag(), UnitType.SCHOOL, SchoolLevel.THCS);
        Unit second = fixtures.unit(platform, world.d().id(), "Trường THCS Trùng Tên " + world.tag(), UnitType.SCHOOL, SchoolLevel.THCS);

        assertThat(first.slug()).isEqualTo("thcs-trung-ten-" + world.tag());
        assertThat(second.slug()).isEqualTo("thcs-trung-ten-" + world.tag() + "-2");
    }

    @Test
    void aSchoolCannotHaveUnitsBelowIt() {
        assertThatThrownBy(() -> fixtures.unit(platform, world.a().id(), "Lớp 6A", UnitType.SCHOOL, SchoolLevel.THCS))
                .isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(((UserInputException) e).errors().first("type").key()).isEqualTo("unit.type.notUnderParent"));
    }

    @Test
    void onlyPlatformAdminsCreateRootUnits() {
        Actor provinceAdmin = fixtures.actor(world.adminP());
        assertThatThrownBy(() -> service.create(provinceAdmin, null, draft("Sở Lạ", UnitType.PROVINCE_DEPARTMENT)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void movingADistrictMovesItsSchoolsAndKeepsTheirDataAndHistory() {
        Unit district = fixtures.unit(platform, world.p().id(), "Phòng GDĐT Sáp Nhập " + world.tag(), UnitType.DISTRICT_OFFICE, null);
        Unit school = fixtures.unit(platform, district.id(), "Trường TH Theo Phòng " + world.tag(), UnitType.SCHOOL, SchoolLevel.TH);
        var member = fixtures.member(school, vn.lantoa.tenancy.Role.EDITOR, "mover", world.tag());
        Instant before = clock.instant().minusSeconds(1);

        service.move(platform, district.id(), world.q().id(), "Sắp xếp đơn vị hành chính 2025");

        Unit movedDistrict = units.findById(district.id()).orElseThrow();
        Unit movedSchool = units.findById(school.id()).orElseThrow();
        assertThat(movedDistrict.parentId()).isEqualTo(world.q().id());
        assertThat(movedDistrict.path()).isEqualTo(world.q().path() + district.id() + "/");
        assertThat(movedSchool.path()).isEqualTo(world.q().path() + district.id() + "/" + school.id() + "/");
        assertThat(movedSchool.depth()).isEqualTo(2);
        assertThat(memberships.existsByUnitIdAndUserIdAndRole(school.id(), member.id(), vn.lantoa.tenancy.Role.EDITOR)).isTrue();
        assertThat(moves.historyOf(district.id())).singleElement().satisfies(m -> {
            assertThat(m.fromName()).isEqualTo(world.p().name());
            assertThat(m.toName()).isEqualTo(world.q().name());
            assertThat(m.reason()).isEqualTo("Sắp xếp đơn vị hành chính 2025");
        });
        assertThat(audit.findInUnit(district.id(), before, clock.instant().plusSeconds(5), null, "unit.moved", 10, 0)).hasSize(1);
        assertThat(units.searchBelow(world.p().path(), null, null, null, "%", "%", 100, 0)).extracting(Unit::id).doesNotContain(school.id());
    }

    @Test
    void aMovedSubtreeStillStandsWhereItWasForAnyInstantBeforeTheMoveAndAClosedUnitIsGoneFromItsClosingDay() {
        Unit district = fixtures.unit(platform, world.p().id(), "Phòng GDĐT Có Lịch Sử " + world.tag(), UnitType.DISTRICT_OFFICE, null);
        Unit school = fixtures.unit(platform, district.id(), "Trường TH Có Lịch Sử " + world.tag(), UnitType.SCHOOL, SchoolLevel.TH);
        Instant longAgo = clock.instant().minusSeconds(30L * 86_400);

        service.move(platform, district.id(), world.q().id(), "Sáp nhập tỉnh");

        var schoolNow = refs.findById(school.id()).orElseThrow();
        assertThat(history.asOf(schoolNow, longAgo).orElseThrow().path()).isEqualTo(world.p().path() + district.id() + "/" + school.id() + "/");
        assertThat(history.asOf(schoolNow, clock.instant().plusSeconds(60)).orElseThrow().path()).isEqualTo(world.q().path() + district.id() + "/" + school.id() + "/");
        assertThat(history.asOf(refs.findById(district.id()).orElseThrow(), longAgo).orElseThrow().parentId()).isEqualTo(world.p().id());
        assertThat(history.placementsOf(schoolNow)).hasSize(2);

        java.time.LocalDate closing = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(2);
        service.close(platform, school.id(), new UnitClosing(closing, null, false));

        var closed = refs.findById(school.id()).orElseThrow();
        assertThat(history.asOf(closed, clock.instant())).isPresent();
        assertThat(history.asOf(closed, closing.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant())).isEmpty();
        assertThat(history.placementsOf(closed)).last().satisfies(p -> assertThat(p.validTo()).isEqualTo(vn.lantoa.tenancy.TreeHistory.closing(closing)));
    }

    @Test
    void aSchoolMadeUnderADistrictThatMovedBeforeStandsWhereTheDistrictStoodForEarlierInstants() {
        Unit district = fixtures.unit(platform, world.p().id(), "Phòng GDĐT Chuyển Trước " + world.tag(), UnitType.DISTRICT_OFFICE, null);
        service.move(platform, district.id(), world.q().id(), null);

        Unit school = fixtures.unit(platform, district.id(), "Trường TH Mở Sau " + world.tag(), UnitType.SCHOOL, SchoolLevel.TH);

        var ref = refs.findById(school.id()).orElseThrow();
        assertThat(history.asOf(ref, clock.instant().minusSeconds(86_400)).orElseThrow().path())
                .isEqualTo(world.p().path() + district.id() + "/" + school.id() + "/");
        assertThat(history.asOf(ref, clock.instant().plusSeconds(60)).orElseThrow().path()).isEqualTo(school.path());
    }

    @Test
    void aUnitWithOpenUnitsBelowCannotCloseAndItsSuccessorMustBeAnOpenUnitOutsideIt() {
        Unit district = fixtures.unit(platform, world.p().id(), "Phòng GDĐT Còn Trường " + world.tag(), UnitType.DISTRICT_OFFICE, null);
        Unit school = fixtures.unit(platform, district.id(), "Trường TH Còn Học " + world.tag(), UnitType.SCHOOL, SchoolLevel.TH);
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

        assertThatThrownBy(() -> service.close(platform, district.id(), new UnitClosing(today, world.d().id(), false)))
                .isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(((UserInputException) e).errors().first("closedOn").key()).isEqualTo("unit.close.hasOpenChildren"));
        assertThatThrownBy(() -> service.close(platform, school.id(), new UnitClosing(today, school.id(), false)))
                .isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(((UserInputException) e).errors().first("successorId").key()).isEqualTo("unit.close.successorItself"));
        assertThatThrownBy(() -> service.close(platform, school.id(), new UnitClosing(today, world.a().id(), true)))
                .isInstanceOf(UserInputException.class)
                .satisfies(e -> assertThat(((UserInputException) e).errors().first("hostRedirect").key()).isEqualTo("unit.close.redirectNeedsSuccessor"));
        assertThat(units.findById(district.id()).orElseThrow().closedOn()).isNull();
        assertThat(units.findById(school.id()).orElseThrow().closedOn()).isNull();

        Unit merged = service.close(platform, school.id(), new UnitClosing(today, world.a().id(), false));

        assertThat(merged.closedOn()).isEqualTo(today);
        assertThat(merged.successorUnitId()).isEqualTo(world.a().id());
        assertThatThrownBy(() -> service.move(platform, school.id(), world.d().id(), null)).isInstanceOf(UserInputException.class);
    }

    @Test
    void onlyWhoAdministersTheUnitAboveClosesAUnitAndNoOneOutsideSeesTheClosingPage() {
        Unit district = fixtures.unit(platform, world.p().id(), "Phòng GDĐT Đóng Thử " + world.tag(), UnitType.DISTRICT_OFFICE, null);
        var ownAdmin = fixtures.member(district, vn.lantoa.tenancy.Role.UNIT_ADMIN, "admin-dong", world.tag());
        String today = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String path = "/admin/u/" + district.id() + "/profile/close";

        var outsider = new vn.lantoa.testing.Browser(server.getURI()).signIn(world.adminQ().email(), Fixtures.PASSWORD);
        assertThat(outsider.get(path).status()).isEqualTo(404);
        assertThat(outsider.post(path, java.util.Map.of("closedOn", today)).status()).isEqualTo(404);
        var own = new vn.lantoa.testing.Browser(server.getURI()).signIn(ownAdmin.email(), Fixtures.PASSWORD);
        assertThat(own.post(path, java.util.Map.of("closedOn", today)).status()).isEqualTo(403);
        var api = new vn.lantoa.testing.Api(server.getURI(), json).signIn(world.adminQ().email(), Fixtures.PASSWORD);
        assertThat(api.post("/api/v1/units/" + district.id() + "/close", java.util.Map.of("closedOn", today)).status()).isEqualTo(404);
        assertThat(units.findById(district.id()).orElseThrow().closedOn()).isNull();

        var province = new vn.lantoa.testing.Browser(server.getURI()).signIn(world.adminP().email(), Fixtures.PASSWORD);
        assertThat(province.get(path).status()).isEqualTo(200);
        var refused = province.post(path, java.util.Map.of("closedOn", "31/02/2026"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.doc().select("#e-closedOn").text()).isNotBlank();
        assertThat(province.post(path, java.util.Map.of("closedOn", today, "successorId", String.valueOf(world.d().id()))).status()).isEqualTo(303);
        Unit closed = units.findById(district.id()).orElseThrow();
        assertThat(closed.closedOn()).hasToString(today);
        assertThat(closed.successorUnitId()).isEqualTo(world.d().id());
    }

    @Test
    void aUnitCannotBeMovedUnderItsOwnSchool() {
        assertThatThrownBy(() -> service.move(platform, world.d().id(), world.a().id(), null))
                .isInstanceOf(UserInputException.class);
        assertThat(units.findById(world.d().id()).orElseThrow().parentId()).isEqualTo(world.p().id());
    }

    @Test
    void aSchoolAdminCannotMoveTheirSchoolOutOfTheirDistrict() {
        Actor schoolAdmin = new Actor(world.adminA().id(), world.adminA().email(), "", false,
                List.of(new vn.lantoa.tenancy.Grant(world.a().id(), world.a().path(), world.a().name(), vn.lantoa.tenancy.Role.UNIT_ADMIN)));
        assertThatThrownBy(() -> service.move(schoolAdmin, world.a().id(), world.q().id(), null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void twoPeopleEditingAtOnceDoNotOverwriteEachOther() {
        Unit unit = units.findById(world.b().id()).orElseThrow();
        service.update(platform, unit.id(), new UnitDraft(unit.name(), "Người thứ nhất", unit.type(), unit.schoolLevel(), unit.slug(), null,
                null, null, null, null, null, null, unit.version()));

        assertThatThrownBy(() -> service.update(platform, unit.id(), new UnitDraft(unit.name(), "Người thứ hai", unit.type(),
                unit.schoolLevel(), unit.slug(), null, null, null, null, null, null, null, unit.version())))
                .isInstanceOf(vn.lantoa.platform.web.ConflictException.class);
        assertThat(units.findById(unit.id()).orElseThrow().shortName()).isEqualTo("Người thứ nhất");
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() {
        Instant before = clock.instant().minusSeconds(1);
        Unit unit = units.findById(world.z().id()).orElseThrow();
        service.update(platform, unit.id(), new UnitDraft(unit.name(), unit.shortName(), unit.type(), unit.schoolLevel(), unit.slug(), null,
                "Số 1 đường Mới", "0262 3852 999", null, null, null, null, null));

        var events = audit.findInUnit(unit.id(), before, clock.instant().plusSeconds(5), null, "unit.updated", 10, 0);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.actorEmail()).isEqualTo(world.platformAdmin().email());
            assertThat(e.beforeJson()).contains("\"address\":null");
            assertThat(e.afterJson()).contains("\"address\":\"Số 1 đường Mới\"");
        });
    }

    @Test
    void aRejectedChangeLeavesNoAuditRecord() {
        Instant before = clock.instant().minusSeconds(2);
        assertThatThrownBy(() -> service.create(platform, world.a().id(), draft("Dưới trường " + world.tag(), UnitType.SCHOOL)))
                .isInstanceOf(UserInputException.class);
        assertThat(audit.findInSubtree(world.p().path(), before, clock.instant().plusSeconds(5), null, "unit.created", 100, 0))
                .noneMatch(e -> e.summary().contains("Dưới trường"));
    }

    private static UnitDraft draft(String name, UnitType type) {
        return new UnitDraft(name, null, type, type == UnitType.SCHOOL ? SchoolLevel.TH : null, null, null, null, null, null, null, null, null, null);
    }
}
