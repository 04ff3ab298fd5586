package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.SynchronousTransactionManager;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lantoa.committee.CommitteeForm;
import vn.lantoa.committee.CommitteeSeeder;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Demo content for the default run, from the units of the five seed documents: the ministry, Sở Hà Nội with
 * Phòng Hoàng Mai and its schools (seed 004), Sở Đắk Lắk with Trường THPT Lắk (seeds 000, 001), Sở Bà
 * Rịa-Vũng Tàu (seed 002) and Sở Đồng Nai (seed 003). Written once, into an empty database.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
public class DemoData {

    public static final String PASSWORD = "Lantoa@2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final UnitService unitService;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final CommitteeSeeder committees;
    private final DemoNewsroom newsroom;
    private final DemoSeedSites seedSites;
    private final DemoReporting reporting;
    private final DemoDesk desk;
    private final DemoOpinionRegister opinionRegister;
    private final DemoPressClippings pressClippings;
    private final DemoPressReleases pressReleases;
    private final DemoPressDesk pressDesk;
    private final DemoRecognition recognition;
    private final DemoTraining training;
    private final DemoPlans plans;
    @jakarta.inject.Inject
    DemoPlanProgress planProgress;
    private final DemoPressContacts pressContacts;
    private final DemoPressQuestions pressQuestions;
    private final DemoPressIncidents pressIncidents;
    private final DemoChannels channels;
    private final DemoCampaigns campaigns;
    private final DemoNotices notices;
    private final PasswordHasher hasher;
    private final SynchronousTransactionManager<Connection> transactions;
    private final Clock clock;
    @jakarta.inject.Inject
    DemoTopics topics;
    private final List<DemoLogins.Row> logins = new ArrayList<>();
    @jakarta.inject.Inject
    DemoIdentity identity;
    private String passwordHash;

    DemoData(UnitService unitService, UserRepository users, MembershipRepository memberships,
             CommitteeSeeder committees, DemoNewsroom newsroom, DemoSeedSites seedSites, DemoReporting reporting, PasswordHasher hasher, SynchronousTransactionManager<Connection> transactions, Clock clock,
             DemoDesk desk, DemoOpinionRegister opinionRegister, DemoPressClippings pressClippings, DemoPressReleases pressReleases, DemoPressDesk pressDesk, DemoPressContacts pressContacts, DemoPressQuestions pressQuestions, DemoPressIncidents pressIncidents,
             DemoChannels channels, DemoCampaigns campaigns, DemoNotices notices, DemoRecognition recognition, DemoTraining training, DemoPlans plans) {
        this.campaigns = campaigns;
        this.notices = notices;
        this.plans = plans;
        this.pressClippings = pressClippings;
        this.pressDesk = pressDesk;
        this.recognition = recognition;
        this.training = training;
        this.pressQuestions = pressQuestions;
        this.unitService = unitService;
        this.users = users;
        this.memberships = memberships;
        this.committees = committees;
        this.newsroom = newsroom;
        this.seedSites = seedSites;
        this.reporting = reporting;
        this.desk = desk;
        this.opinionRegister = opinionRegister;
        this.pressReleases = pressReleases;
        this.pressContacts = pressContacts;
        this.pressIncidents = pressIncidents;
        this.channels = channels;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Writes the demo (into an empty database: {@link DemoStart} checks) and returns who can sign in. */
    DemoLogins write() {
        // Measures how long writing took (a duration, not a date).
        long started = System.currentTimeMillis();
        transactions.executeWrite(status -> {
            seed();
            return null;
        });
        LOG.info("Demo data written in {} ms", System.currentTimeMillis() - started);
        return new DemoLogins(PASSWORD, List.copyOf(logins));
    }

    private void seed() {
        passwordHash = hasher.hash(PASSWORD);
        User platformAdmin = user("admin@lantoa.vn", "Quản trị Lantoa", "0243 869 0000", "Quản trị nền tảng", true);
        Actor system = new Actor(platformAdmin.id(), platformAdmin.email(), platformAdmin.fullName(), true, List.of());

        Unit bo = unit(system, null, "Bộ Giáo dục và Đào tạo", "Bộ GDĐT", UnitType.MINISTRY, null, "bo-gddt",
                "35 Đại Cồ Việt, Hai Bà Trưng, Hà Nội", "024 3869 4795", "bogddt@moet.gov.vn", "https://moet.gov.vn", "moet.gov.vn");

        Unit soHaNoi = unit(system, bo.id(), "Sở Giáo dục và Đào tạo Hà Nội", "Sở GDĐT Hà Nội", UnitType.PROVINCE_DEPARTMENT, null,
                "so-gddt-ha-noi", "23 Quang Trung, Hoàn Kiếm, Hà Nội", "024 3825 2531", "sogd@hanoi.edu.vn", "https://hanoi.edu.vn", "hanoi.edu.vn");
        Unit hoangMai = unit(system, soHaNoi.id(), "Phòng Giáo dục và Đào tạo quận Hoàng Mai", "Phòng GDĐT Hoàng Mai", UnitType.DISTRICT_OFFICE,
                null, "phong-gddt-quan-hoang-mai", "Số 8 ngõ 6 Bùi Huy Bích, Hoàng Liệt, Hoàng Mai, Hà Nội", "024 3644 5612",
                "pgd-hoangmai@hanoi.edu.vn", null, null);
        Unit hoaMai = unit(system, hoangMai.id(), "Trường Mầm non Hoa Mai", "MN Hoa Mai", UnitType.SCHOOL, SchoolLevel.MN, null,
                "Tổ 12, phường Định Công, Hoàng Mai, Hà Nội", "024 3664 1290", "mnhoamai@hanoi.edu.vn", null, null);
        unit(system, hoangMai.id(), "Trường Tiểu học Đại Kim", "TH Đại Kim", UnitType.SCHOOL, SchoolLevel.TH, null,
                "Phố Nguyễn Cảnh Dị, Đại Kim, Hoàng Mai, Hà Nội", "024 3641 0627", "thdaikim@hanoi.edu.vn", null, null);
        unit(system, hoangMai.id(), "Trường Tiểu học Lĩnh Nam", "TH Lĩnh Nam", UnitType.SCHOOL, SchoolLevel.TH, null,
                "Phường Lĩnh Nam, Hoàng Mai, Hà Nội", "024 3862 7155", "thlinhnam@hanoi.edu.vn", null, null);
        Unit tanMai = unit(system, hoangMai.id(), "Trường THCS Tân Mai", "THCS Tân Mai", UnitType.SCHOOL, SchoolLevel.THCS, "thcs-tan-mai",
                "Ngõ 6 Tân Mai, Hoàng Mai, Hà Nội", "024 3662 5140", "thcstanmai@hanoi.edu.vn", null, null);
        unit(system, hoangMai.id(), "Trường THCS Hoàng Liệt", "THCS Hoàng Liệt", UnitType.SCHOOL, SchoolLevel.THCS, null,
                "Khu đô thị Linh Đàm, Hoàng Liệt, Hoàng Mai, Hà Nội", "024 3641 7785", "thcshoangliet@hanoi.edu.vn", null, null);

        Unit soDakLak = unit(system, bo.id(), "Sở Giáo dục và Đào tạo Đắk Lắk", "Sở GDĐT Đắk Lắk", UnitType.PROVINCE_DEPARTMENT, null,
                "so-gddt-dak-lak", "08 Nguyễn Tất Thành, Buôn Ma Thuột, Đắk Lắk", "0262 3852 156", "sogddt@daklak.edu.vn",
                "https://daklak.edu.vn", "daklak.edu.vn");
        Unit thptLak = unit(system, soDakLak.id(), "Trường THPT Lắk", "THPT Lắk", UnitType.SCHOOL, SchoolLevel.THPT, null,
                "Thị trấn Liên Sơn, huyện Lắk, Đắk Lắk", "0262 3586 145", "thptlak@daklak.edu.vn", null, null);
        unit(system, soDakLak.id(), "Trường THPT Buôn Ma Thuột", "THPT Buôn Ma Thuột", UnitType.SCHOOL, SchoolLevel.THPT, null,
                "Đường Ngô Quyền, Buôn Ma Thuột, Đắk Lắk", "0262 3852 431", "thptbmt@daklak.edu.vn", null, null);
        unit(system, soDakLak.id(), "Trường THPT Chu Văn An", "THPT Chu Văn An", UnitType.SCHOOL, SchoolLevel.THPT, null,
                "Đường Lê Duẩn, Buôn Ma Thuột, Đắk Lắk", "0262 3955 123", "thptcva@daklak.edu.vn", null, null);
        Unit phongLak = unit(system, soDakLak.id(), "Phòng Giáo dục và Đào tạo huyện Lắk", "Phòng GDĐT Lắk", UnitType.DISTRICT_OFFICE, null,
                "phong-gddt-huyen-lak", "Thị trấn Liên Sơn, huyện Lắk, Đắk Lắk", "0262 3586 225", "pgdlak@daklak.edu.vn", null, null);
        unit(system, phongLak.id(), "Trường Tiểu học Liên Sơn", "TH Liên Sơn", UnitType.SCHOOL, SchoolLevel.TH, null,
                "Thị trấn Liên Sơn, huyện Lắk, Đắk Lắk", null, "thlienson@daklak.edu.vn", null, null);
        unit(system, phongLak.id(), "Trường THCS Liên Sơn", "THCS Liên Sơn", UnitType.SCHOOL, SchoolLevel.THCS, null,
                "Thị trấn Liên Sơn, huyện Lắk, Đắk Lắk", null, "thcslienson@daklak.edu.vn", null, null);

        Unit soBrvt = unit(system, bo.id(), "Sở Giáo dục và Đào tạo Bà Rịa - Vũng Tàu", "Sở GDĐT Bà Rịa - Vũng Tàu",
                UnitType.PROVINCE_DEPARTMENT, null, "so-gddt-ba-ria-vung-tau", "Số 1 Phạm Văn Đồng, Bà Rịa, Bà Rịa - Vũng Tàu",
                "0254 3852 564", "sgddt@baria-vungtau.edu.vn", null, "baria-vungtau.edu.vn");
        Unit phongVungTau = unit(system, soBrvt.id(), "Phòng Giáo dục và Đào tạo thành phố Vũng Tàu", "Phòng GDĐT Vũng Tàu", UnitType.DISTRICT_OFFICE, null,
                null, "89 Lý Thường Kiệt, Vũng Tàu", "0254 3852 330", "pgdvungtau@baria-vungtau.edu.vn", null, null);
        Unit thptVungTau = unit(system, soBrvt.id(), "Trường THPT Vũng Tàu", "THPT Vũng Tàu", UnitType.SCHOOL, SchoolLevel.THPT, null,
                "Đường Nguyễn Thái Học, Vũng Tàu", "0254 3859 450", "thptvungtau@baria-vungtau.edu.vn", null, null);

        Unit soDongNai = unit(system, bo.id(), "Sở Giáo dục và Đào tạo Đồng Nai", "Sở GDĐT Đồng Nai", UnitType.PROVINCE_DEPARTMENT, null,
                "so-gddt-dong-nai", "2 Nguyễn Văn Trị, Trấn Biên, Đồng Nai", "0251 3847 208", "vanphong@dongnai.edu.vn",
                "https://dongnai.edu.vn", "dongnai.edu.vn");
        unit(system, soDongNai.id(), "Phòng Văn hóa - Xã hội phường Trấn Biên", "Phòng VH-XH Trấn Biên", UnitType.COMMUNE_OFFICE, null,
                null, "Phường Trấn Biên, Đồng Nai", null, "vhxh.tranbien@dongnai.edu.vn", null, null);
        unit(system, soDongNai.id(), "Trường THPT chuyên Lương Thế Vinh", "THPT chuyên Lương Thế Vinh", UnitType.SCHOOL, SchoolLevel.THPT,
                null, "Đường Đồng Khởi, Trấn Biên, Đồng Nai", "0251 3822 184", "thptltv@dongnai.edu.vn", null, null);

        member(bo, "quantri@moet.gov.vn", "Nguyễn Thị Minh Hằng", "Chuyên viên Văn phòng Bộ", "Bộ GDĐT – quản trị đơn vị", Role.UNIT_ADMIN);
        member(bo, "truyenthong@moet.gov.vn", "Lê Quang Huy", "Trưởng phòng Truyền thông", "Bộ GDĐT – trưởng ban truyền thông", Role.COMMITTEE_HEAD);
        member(soHaNoi, "quantri@hanoi.edu.vn", "Phạm Văn Đức", "Chánh Văn phòng Sở", "Sở GDĐT Hà Nội – quản trị đơn vị", Role.UNIT_ADMIN);
        member(soHaNoi, "truongban@hanoi.edu.vn", "Trần Thu Hà", "Phó Giám đốc Sở", "Sở GDĐT Hà Nội – trưởng ban truyền thông", Role.COMMITTEE_HEAD);
        User hmAdmin = member(hoangMai, "quantri.hoangmai@hanoi.edu.vn", "Đỗ Thị Lan", "Chuyên viên Phòng GDĐT",
                "Phòng GDĐT Hoàng Mai – quản trị (và người xem ở Sở Hà Nội)", Role.UNIT_ADMIN);
        addRole(soHaNoi, hmAdmin, Role.VIEWER);
        User hmReporter = member(hoangMai, "baocao.hoangmai@hanoi.edu.vn", "Vũ Minh Tuấn", "Chuyên viên Phòng GDĐT", "Phòng GDĐT Hoàng Mai – cán bộ báo cáo", Role.REPORTER);
        User principal = member(tanMai, "hieutruong.thcstanmai@hanoi.edu.vn", "Nguyễn Thị Thanh Hương", "Hiệu trưởng",
                "THCS Tân Mai – hiệu trưởng, trưởng ban và quản trị", Role.COMMITTEE_HEAD);
        addRole(tanMai, principal, Role.UNIT_ADMIN);
        User deputy = member(tanMai, "phohieutruong.thcstanmai@hanoi.edu.vn", "Hoàng Văn Nam", "Phó Hiệu trưởng",
                "THCS Tân Mai – người phát ngôn", Role.SPOKESPERSON);
        User editor = member(tanMai, "bientap.thcstanmai@hanoi.edu.vn", "Bùi Thị Mai", "Giáo viên Ngữ văn", "THCS Tân Mai – biên tập viên", Role.EDITOR);
        User reporter = member(tanMai, "baocao.thcstanmai@hanoi.edu.vn", "Ngô Đức Anh", "Thư ký hội đồng", "THCS Tân Mai – cán bộ báo cáo", Role.REPORTER);
        User hotline = member(tanMai, "duongdaynong.thcstanmai@hanoi.edu.vn", "Đặng Thị Hồng", "Nhân viên văn phòng",
                "THCS Tân Mai – cán bộ đường dây nóng", Role.HOTLINE_OFFICER);
        member(tanMai, "xem.thcstanmai@hanoi.edu.vn", "Lý Thị Kim", "Giáo viên", "THCS Tân Mai – người xem", Role.VIEWER);
        User dakLakAdmin = member(soDakLak, "quantri@daklak.edu.vn", "Y Bhơ Niê", "Chuyên viên Văn phòng Sở", "Sở GDĐT Đắk Lắk – quản trị đơn vị", Role.UNIT_ADMIN);
        User dakLakReporter = member(soDakLak, "baocao@daklak.edu.vn", "H'Lan Byă", "Chuyên viên Phòng Giáo dục trung học", "Sở GDĐT Đắk Lắk – cán bộ báo cáo", Role.REPORTER);
        // The principal who signed the school's plan (seed 001).
        // The spokesperson of the Sở (Nghị định 09/2017) and the officer who answers its exam hotline; both land on their press work.
        User dakLakSpokesperson = member(soDakLak, "phatngon@daklak.edu.vn", "Trần Đình Hùng", "Phó Giám đốc Sở",
                "Sở GDĐT Đắk Lắk – Phó Giám đốc Sở – người phát ngôn", Role.SPOKESPERSON);
        member(soDakLak, "duongdaynong@daklak.edu.vn", "Võ Thị Thu Trang", "Chuyên viên Văn phòng Sở",
                "Sở GDĐT Đắk Lắk – cán bộ đường dây nóng kỳ thi", Role.HOTLINE_OFFICER);
        User lakHead = member(thptLak, "hieutruong.thptlak@daklak.edu.vn", "Lê Văn Trị", "Hiệu trưởng",
                "THPT Lắk – hiệu trưởng, trưởng ban và quản trị", Role.COMMITTEE_HEAD);
        addRole(thptLak, lakHead, Role.UNIT_ADMIN);
        User lakEditor = member(thptLak, "bientap.thptlak@daklak.edu.vn", "Trương Thị Ngọc", "Giáo viên Tin học", "THPT Lắk – biên tập viên", Role.EDITOR);
        member(phongLak, "quantri.phonglak@daklak.edu.vn", "Nông Văn Sơn", "Chuyên viên Phòng GDĐT", "Phòng GDĐT Lắk – quản trị đơn vị", Role.UNIT_ADMIN);
        User brvtAdmin = member(soBrvt, "quantri@baria-vungtau.edu.vn", "Lâm Thị Ngọc Diệp", "Chuyên viên Văn phòng Sở", "Sở GDĐT Bà Rịa - Vũng Tàu – quản trị", Role.UNIT_ADMIN);
        User brvtSpokesperson = member(soBrvt, "phatngon@baria-vungtau.edu.vn", "Lê Văn Tuyên", "Chánh Văn phòng Sở",
                "Sở GDĐT Bà Rịa - Vũng Tàu – Chánh Văn phòng Sở – người phát ngôn", Role.SPOKESPERSON);
        // Seed 002 asks each Phòng for one official in charge of communication: he keeps the register and sends the monthly report.
        User vungTauOfficer = member(phongVungTau, "baocao.pgdvungtau@baria-vungtau.edu.vn", "Trần Quốc Bảo", "Chuyên viên Phòng GDĐT",
                "Phòng GDĐT Vũng Tàu – cán bộ truyền thông (sổ theo dõi dư luận, báo cáo tháng)", Role.REPORTER);
        addRole(phongVungTau, vungTauOfficer, Role.HOTLINE_OFFICER);
        User dongNaiAdmin = member(soDongNai, "quantri@dongnai.edu.vn", "Đỗ Thanh Tâm", "Văn phòng Sở", "Sở GDĐT Đồng Nai – quản trị đơn vị", Role.UNIT_ADMIN);
        logins.add(0, new DemoLogins.Row(platformAdmin.email(), "Quản trị nền tảng (tạo Sở, xem toàn bộ)"));

        committees.seed(system, tanMai.id(), new CommitteeForm("12/QĐ-THCSTM", LocalDate.of(2024, 9, 5).toString(), "024 3662 5141",
                        "thcstanmai@hanoi.edu.vn", "Ban truyền thông thực hiện Kế hoạch truyền thông của Phòng GDĐT quận Hoàng Mai.", ""),
                List.of(
                        seedMember(principal, "Hiệu trưởng", "HEAD", "Chỉ đạo chung; duyệt tin bài trước khi đăng.", "0912 345 678", false),
                        seedMember(deputy, "Phó Hiệu trưởng", "DEPUTY", "Người phát ngôn; trả lời báo chí và phụ huynh.", "0913 456 789", true),
                        seedMember(editor, "Giáo viên Ngữ văn", "MEMBER", "Viết tin bài, cập nhật trang thông tin điện tử của trường.", "0914 567 890", false),
                        seedMember(hotline, "Nhân viên văn phòng", "MEMBER", "Tiếp nhận đường dây nóng, theo dõi dư luận trên mạng xã hội.", "0915 678 901", false),
                        seedMember(reporter, "Thư ký hội đồng", "SECRETARY", "Tổng hợp báo cáo tháng gửi Phòng GDĐT trước ngày 25.", "0916 789 012", false)));
        committees.seed(system, thptLak.id(), new CommitteeForm("45/QĐ-THPTL", LocalDate.of(2024, 2, 26).toString(), "0262 3586 145",
                        "thptlak@daklak.edu.vn", "Thực hiện Kế hoạch 141/KH-BGDĐT và Kế hoạch 19/KH-SGDĐT về truyền thông năm 2024.", ""),
                List.of(
                        seedMember(lakHead, "Hiệu trưởng", "HEAD", "Trưởng ban; người phát ngôn của nhà trường.", "0905 112 233", true),
                        seedMember(lakEditor, "Giáo viên Tin học", "MEMBER", "Quản trị website và fanpage của trường.", "0905 223 344", false)));
        // Founded by a decision of the Sở; its plan 19/KH-SGDĐT of 19/02/2024 came after. The director signed seed 000.
        committees.seed(system, soDakLak.id(), new CommitteeForm("25/QĐ-SGDĐT", LocalDate.of(2024, 1, 22).toString(), "0262 3852 156",
                        "duongdaynong@daklak.edu.vn", "Đường dây nóng tiếp nhận thông tin về Kỳ thi tốt nghiệp THPT năm 2024 (Kế hoạch truyền thông về Kỳ thi, "
                        + "mục II.4). Văn phòng Sở là đầu mối công tác truyền thông.", ""),
                List.of(
                        new CommitteeSeeder.SeedMember(null, "Phạm Đăng Khoa", "sogddt@daklak.edu.vn", "Giám đốc Sở", "HEAD",
                                "Trưởng ban; người phát ngôn của Sở GDĐT.", "0262 3852 156", true),
                        seedMember(dakLakAdmin, "Chuyên viên Văn phòng Sở", "MEMBER",
                                "Đăng văn bản, tin bài chuyên mục “Kỳ thi tốt nghiệp THPT năm 2024”; tiếp nhận đường dây nóng.", "0262 3852 157", false),
                        seedMember(dakLakReporter, "Chuyên viên Phòng Giáo dục trung học", "MEMBER",
                                "Tổng hợp báo cáo nhanh sau mỗi buổi thi gửi Ban Chỉ đạo thi cấp tỉnh.", "0262 3852 158", false)));
        // Seed 004: the district's plan, signed by its deputy head in charge; schools report before the 25th, by official mail only.
        committees.seed(system, hoangMai.id(), new CommitteeForm("215/QĐ-PGDĐT", LocalDate.of(2017, 11, 10).toString(), "024 3644 5612",
                        "pgd-hoangmai@hanoi.edu.vn", "Thực hiện Kế hoạch số 3851/KH-SGD&ĐT ngày 02/11/2017 của Sở GD&ĐT Hà Nội. Các trường báo cáo "
                        + "về Phòng trước ngày 25 hằng tháng qua hộp thư công vụ; không dùng hộp thư cá nhân.", ""),
                List.of(
                        new CommitteeSeeder.SeedMember(null, "Phạm Đàm Thục Hạnh", "pgd-hoangmai@hanoi.edu.vn", "Phó Trưởng phòng phụ trách", "HEAD",
                                "Trưởng ban; người phát ngôn của Phòng GDĐT.", "024 3644 5612", true),
                        seedMember(hmAdmin, "Chuyên viên Phòng GDĐT", "MEMBER",
                                "Cập nhật trang thông tin của Phòng; tổng hợp báo cáo tháng của các trường.", "024 3644 5613", false),
                        seedMember(hmReporter, "Chuyên viên Phòng GDĐT", "SECRETARY",
                                "Theo dõi dư luận xã hội về giáo dục trên địa bàn; tham mưu hướng xử lý.", "024 3644 5614", false)));
        // Seed 002: the Sở's office is the standing unit; incidents go at once to its chief, Mr Lê Văn Tuyên, 0918 019 574.
        committees.seed(system, soBrvt.id(), new CommitteeForm("118/QĐ-SGDĐT", LocalDate.of(2024, 1, 15).toString(), "0918 019 574",
                        "sgddt@baria-vungtau.edu.vn", "Văn phòng Sở là đơn vị thường trực; báo cáo nhanh sự cố bất thường qua Chánh Văn phòng Sở.", ""),
                List.of(
                        new CommitteeSeeder.SeedMember(null, "Lê Văn Tuyên", "sgddt@baria-vungtau.edu.vn", "Chánh Văn phòng Sở", "HEAD",
                                "Thường trực Ban; người phát ngôn được giao; tiếp nhận báo cáo nhanh sự cố.", "0918 019 574", true),
                        seedMember(brvtAdmin, "Chuyên viên Văn phòng Sở", "MEMBER",
                                "Điều hành Fanpage Ngọn Hải Đăng và cổng thông tin điện tử của Sở; điểm tin báo chí.", "0254 3852 565", false)));
        // Seed 002 asks each Phòng to assign one official to communication work.
        committees.seed(system, phongVungTau.id(), new CommitteeForm("35/QĐ-PGDĐT", LocalDate.of(2024, 3, 1).toString(), "0254 3852 330",
                        "pgdvungtau@baria-vungtau.edu.vn", "Thực hiện Kế hoạch truyền thông năm 2024 của Sở GDĐT Bà Rịa - Vũng Tàu.", ""),
                List.of(
                        new CommitteeSeeder.SeedMember(null, "Nguyễn Thị Bích Thủy", "pgdvungtau@baria-vungtau.edu.vn", "Trưởng phòng", "HEAD",
                                "Trưởng ban; người phát ngôn của Phòng GDĐT.", "0254 3852 330", true),
                        seedMember(vungTauOfficer, "Chuyên viên Phòng GDĐT", "MEMBER",
                                "Tham mưu công tác truyền thông; gửi kế hoạch trước ngày 10/3 và báo cáo dư luận trước ngày 20 hằng tháng.", "0254 3852 331", false)));
        // Seed 003: the Sở's office receives news at thanhtam.cthssv@dongnai.edu.vn; Mrs Đỗ Thanh Tâm answers on 0938 192 279.
        committees.seed(system, soDongNai.id(), new CommitteeForm("402/QĐ-SGDĐT", LocalDate.of(2021, 3, 30).toString(), "0938 192 279",
                        "thanhtam.cthssv@dongnai.edu.vn", "Thực hiện Công văn số 1564/SGDĐT-VP ngày 15/4/2021 về nhiệm vụ truyền thông; "
                        + "fanpage Thông tin Giáo dục Đồng Nai.", ""),
                List.of(
                        new CommitteeSeeder.SeedMember(null, "Trương Thị Kim Huệ", "vanphong@dongnai.edu.vn", "Giám đốc Sở", "HEAD",
                                "Trưởng ban; người phát ngôn của Sở GD&ĐT.", "0251 3847 208", true),
                        seedMember(dongNaiAdmin, "Văn phòng Sở", "MEMBER",
                                "Tiếp nhận tin bài, văn bản của các đơn vị; quản lý fanpage Thông tin Giáo dục Đồng Nai.", "0938 192 279", false)));
        topics.seed(system, bo.id(), soDakLak.id());
        newsroom.seed(system, hoangMai.id(), tanMai.id(), soDakLak.id(), hoaMai.id());
        seedSites.seed(system, soDongNai.id(), thptLak.id());
        identity.seed(system, soDakLak.id(), thptLak.id(), soBrvt.id());
        // Tân Mai's reports are sent by its reporting officer, so its history shows a person rather than the platform.
        Actor tanMaiReporter = actor(reporter);
        // The register comes before the reports: Phòng Vũng Tàu's and THPT Vũng Tàu's monthly reports are prefilled from it.
        opinionRegister.seed(soBrvt.id(), phongVungTau.id(), thptVungTau.id(), handler(brvtAdmin), handler(vungTauOfficer));
        reporting.seed(system, Map.of(tanMai.id(), tanMaiReporter, phongVungTau.id(), actor(vungTauOfficer)), bo.id(), hoangMai.id(), soBrvt.id());
        reporting.seedQuickReports(system, soDakLak.id(), soBrvt.id());
        desk.seed(tanMai.id(), hoangMai.id(), soDakLak.id(), handler(hotline), handler(principal), handler(deputy), handler(hmAdmin), actor(hmAdmin),
                handler(dakLakAdmin));
        // The press desk: contacts first (the releases mail their lists), clippings before the incident opened from one and
        // the events that cite them.
        pressContacts.seed(actor(dakLakAdmin), soDakLak.id(), actor(brvtAdmin), soBrvt.id());
        pressClippings.seed(soDakLak.id(), actor(dakLakAdmin), phongVungTau.id(), actor(vungTauOfficer));
        pressReleases.seed(actor(dakLakAdmin), soDakLak.id());
        pressQuestions.seed(soDakLak.id(), actor(dakLakAdmin));
        pressIncidents.seed(soDakLak.id(), actor(dakLakAdmin), soBrvt.id(), actor(brvtAdmin));
        pressDesk.seed(soDakLak.id(), soBrvt.id(), actor(dakLakSpokesperson), dakLakAdmin.id(), actor(brvtSpokesperson), brvtAdmin.id());
        channels.seed(system, soDongNai.id());
        campaigns.seed(actor(dakLakAdmin), soDakLak.id(), actor(lakEditor), thptLak.id());
        topics.tagSamples();
        notices.seed(hoangMai.id(), actor(hmAdmin), tanMai.id(), actor(principal), soDakLak.id(), actor(dakLakAdmin), thptLak.id(), actor(lakHead));
        recognition.seed(system, soDakLak.id(), phongLak.id(), soBrvt.id(), thptVungTau.id());
        training.seed(actor(dakLakAdmin), soDakLak.id(), thptLak.id(), actor(lakHead));
        planProgress.seed(plans.seed(system, bo.id(), soDakLak.id(), thptLak.id(), soBrvt.id()).lak());
    }

    /** The person as the services see them when the demo writes in their name (with the platform's rights, as for Tân Mai's reports). */
    private static Actor actor(User user) {
        return new Actor(user.id(), user.email(), user.fullName(), true, List.of());
    }

    private static DemoCases.Handler handler(User user) {
        return new DemoCases.Handler(user.id(), user.fullName());
    }

    private static CommitteeSeeder.SeedMember seedMember(User user, String jobTitle, String role, String duties, String phone, boolean speaks) {
        return new CommitteeSeeder.SeedMember(user.id(), user.fullName(), user.email(), jobTitle, role, duties, phone, speaks);
    }

    private Unit unit(Actor actor, Long parentId, String name, String shortName, UnitType type, SchoolLevel level, String slug, String address,
                      String phone, String email, String website, String domains) {
        Unit created = unitService.create(actor, parentId, new UnitDraft(name, shortName, type, level, slug, null, address, phone, email,
                website, domains, null, null));
        return created;
    }

    private User member(Unit unit, String email, String name, String jobTitle, String description, Role role) {
        User user = user(email, name, null, jobTitle, false);
        addRole(unit, user, role);
        logins.add(new DemoLogins.Row(email, description));
        return user;
    }

    private void addRole(Unit unit, User user, Role role) {
        memberships.save(new Membership(null, unit.id(), user.id(), role, clock.instant(), null));
    }

    private User user(String email, String name, String phone, String jobTitle, boolean platformAdmin) {
        Instant now = clock.instant();
        return users.save(new User(null, email, name, phone, jobTitle, passwordHash, UserStatus.ACTIVE, platformAdmin, 0, null, null,
                now.minusSeconds(60), null, null, null));
    }
}
