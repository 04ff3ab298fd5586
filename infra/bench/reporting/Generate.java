import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Writes a national-size reporting tree and a year of monthly reports straight into Lantoa's database, in bulk,
 * with the rows the application itself writes for each send (report, report_version, report_value with its '#' and
 * '#ontime' counter rows, report_group_lock, audit_event) and the maintained report_total computed from the values at
 * the end with the same aggregate RollUpStore uses. Checked against rows written by a real send through the API.
 *
 * Tree: a new root ministry (depth 0), 34 provinces (Sở GDĐT, depth 1), district offices (Phòng GDĐT) and commune
 * offices (Phòng Văn hóa - Xã hội) under the provinces (depth 2), THPT and GDTX schools directly under the provinces
 * (depth 2) and the other schools under the offices (depth 3). One 20-number form, one obligation issued by the
 * ministry (TYPE:SCHOOL, to the parent, monthly, DAY_OF_NEXT_MONTH:20) and the 12 months before the current one sent
 * by about 95% of the schools, some of them late.
 *
 * Usage: BENCH_JDBC=jdbc:mysql://127.0.0.1:PORT/lantoa java -cp mysql-connector-j.jar Generate.java
 * Optional: BENCH_SCHOOLS (54000), BENCH_DISTRICTS (700), BENCH_COMMUNES (3300), BENCH_MONTHS (12), BENCH_SEED (42),
 * BENCH_SUBMIT_RATE (0.95), BENCH_LATE_RATE (0.08), BENCH_ADMIN_EMAIL (admin@lantoa.vn), BENCH_AUDIT (1: write audit_event rows),
 * BENCH_COUNTERS (2: the "#" and "#ontime" rows), BENCH_REMINDERS (unset: the reminder job is kept off with its ShedLock row).
 * Prints key=value lines the calling script reads (ministry, obligation, ...).
 */
public class Generate {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String[] PROVINCES = {"Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An",
            "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị",
            "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long",
            "Đồng Tháp", "Cà Mau", "An Giang"};
    /** Rough relative sizes (number of schools) of the provinces above. */
    static final double[] PROVINCE_WEIGHT = {5.0, 1.2, 0.5, 0.6, 1.2, 0.8, 1.2, 3.0, 3.0, 1.2, 0.6, 1.6, 1.6, 1.8, 3.0, 2.6, 2.3, 2.6, 2.2, 1.5,
            1.5, 2.0, 2.6, 1.6, 2.6, 2.2, 5.5, 2.6, 2.0, 2.0, 2.4, 2.4, 1.6, 2.6};
    static final String[] PLACE = {"An Bình", "An Phú", "Bình Minh", "Cẩm Thủy", "Đông Hòa", "Hòa Bình", "Hòa Lạc", "Hưng Đạo", "Kim Liên",
            "Long Thành", "Minh Khai", "Nam Sơn", "Ngọc Lâm", "Phú Lợi", "Phúc Xá", "Quang Trung", "Tân An", "Tân Phong", "Thạch Bàn", "Thanh Xuân",
            "Thịnh Liệt", "Tiên Phong", "Trung Hòa", "Vĩnh Tuy", "Xuân Phương", "Yên Hòa", "Đại Mỗ", "Bắc Sơn", "Hồng Hà", "Lê Lợi"};
    static final String[] PERSON = {"Lê Lợi", "Nguyễn Du", "Trần Phú", "Lê Quý Đôn", "Nguyễn Trãi", "Chu Văn An", "Trần Hưng Đạo", "Võ Thị Sáu",
            "Kim Đồng", "Lý Tự Trọng", "Nguyễn Huệ", "Phan Bội Châu", "Hoa Sen", "Hoa Mai", "Sao Mai", "Họa Mi", "Ánh Dương", "Nguyễn Văn Trỗi",
            "Lê Hồng Phong", "Hai Bà Trưng", "Quang Trung", "Ngô Quyền", "Tô Hiệu", "Bế Văn Đàn", "Phan Đình Phùng", "Hùng Vương"};

    /** The form: key, label, roll-up, min, max, how values are drawn. */
    record Field(String key, String label, String rollUp, double min, Double max, int low, int high, boolean decimal) {
    }

    static final List<Field> FIELDS = List.of(
            new Field("so_tin_bai_website", "Số tin, bài đăng trên trang thông tin điện tử", "SUM", 0, null, 2, 40, false),
            new Field("so_tin_bai_bao_chi", "Số tin, bài về đơn vị trên báo chí", "SUM", 0, null, 0, 5, false),
            new Field("luot_truy_cap", "Lượt truy cập trang thông tin điện tử", "SUM", 0, null, 200, 20000, false),
            new Field("so_bai_mang_xa_hoi", "Số bài đăng trên trang mạng xã hội chính thức", "SUM", 0, null, 0, 60, false),
            new Field("so_buoi_cung_cap_thong_tin", "Số buổi họp báo, cung cấp thông tin cho báo chí", "SUM", 0, null, 0, 2, false),
            new Field("so_vu_viec_du_luan", "Số vụ việc dư luận phát sinh", "SUM", 0, null, 0, 3, false),
            new Field("so_vu_viec_da_xu_ly", "Số vụ việc dư luận đã xử lý", "SUM", 0, null, 0, 3, false),
            new Field("so_phan_anh_duong_day_nong", "Số phản ánh qua đường dây nóng", "SUM", 0, null, 0, 8, false),
            new Field("so_phan_anh_da_tra_loi", "Số phản ánh đã trả lời", "SUM", 0, null, 0, 8, false),
            new Field("so_can_bo_tap_huan", "Số cán bộ, giáo viên được tập huấn truyền thông", "SUM", 0, null, 0, 30, false),
            new Field("so_hoat_dong_ngoai_khoa", "Số hoạt động ngoại khóa được đưa tin", "SUM", 0, null, 0, 12, false),
            new Field("so_luot_phu_huynh", "Số lượt phụ huynh tham gia kênh thông tin", "SUM", 0, null, 20, 1500, false),
            new Field("so_noi_dung_cong_khai", "Số nội dung công khai theo quy định", "SUM", 0, null, 1, 15, false),
            new Field("so_video", "Số video, phóng sự được đăng", "SUM", 0, null, 0, 6, false),
            new Field("so_guong_dien_hinh", "Số gương người tốt, việc tốt được giới thiệu", "SUM", 0, null, 0, 4, false),
            new Field("kinh_phi", "Kinh phí cho công tác truyền thông (nghìn đồng)", "SUM", 0, null, 0, 15000, false),
            new Field("ty_le_cong_khai_dung_han", "Tỉ lệ nội dung công khai đúng hạn (%)", "AVERAGE", 0, 100.0, 60, 100, true),
            new Field("ty_le_phu_huynh_hai_long", "Tỉ lệ phụ huynh hài lòng (%)", "AVERAGE", 0, 100.0, 70, 100, true),
            new Field("luot_xem_cao_nhat", "Lượt xem cao nhất của một tin, bài", "MAX", 0, null, 50, 30000, false),
            new Field("so_ngay_khong_cap_nhat", "Số ngày dài nhất không cập nhật trang", "MAX", 0, null, 0, 20, false));

    /** Counter rows RollUpStore adds to every report's values: '#' and (since the dashboard) '#ontime'. */
    static final int COUNTERS = Integer.parseInt(env("BENCH_COUNTERS", "2"));
    static final boolean AUDIT = !"0".equals(env("BENCH_AUDIT", "1"));

    record Unit(long id, long parentId, String path, int depth, String type, String level, String name, String shortName) {
    }

    public static void main(String[] args) throws Exception {
        long t0 = System.nanoTime();
        String url = System.getenv("BENCH_JDBC");
        int schools = intEnv("BENCH_SCHOOLS", 54000);
        int districts = intEnv("BENCH_DISTRICTS", 700);
        int communes = intEnv("BENCH_COMMUNES", 3300);
        int months = intEnv("BENCH_MONTHS", 12);
        double submitRate = Double.parseDouble(env("BENCH_SUBMIT_RATE", "0.95"));
        double lateRate = Double.parseDouble(env("BENCH_LATE_RATE", "0.08"));
        Random rnd = new Random(intEnv("BENCH_SEED", 42));
        String bulkUrl = url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true&useServerPrepStmts=false&allowLoadLocalInfile=true"
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&useSSL=false&allowPublicKeyRetrieval=true";
        try (Connection c = DriverManager.getConnection(bulkUrl, "root", "")) {
            try (Statement st = c.createStatement()) {
                st.execute("SET SESSION unique_checks = 0");
                st.execute("SET SESSION foreign_key_checks = 0");
                if (!"0".equals(System.getenv("BENCH_TUNE_LOAD"))) {
                    // Only for the load: the script restarts Lantoa (and with it MariaDB, with its own settings) before measuring.
                    st.execute("SET GLOBAL innodb_flush_log_at_trx_commit = 0");
                    try {
                        st.execute("SET GLOBAL innodb_buffer_pool_size = " + (3L << 30));
                    } catch (Exception e) {
                        System.err.println("(buffer pool not resized: " + e.getMessage() + ")");
                    }
                }
            }
            c.setAutoCommit(false);
            long admin = single(c, "SELECT id FROM app_user WHERE email = '" + env("BENCH_ADMIN_EMAIL", "admin@lantoa.vn") + "'");
            Instant now = Instant.now();
            YearMonth current = YearMonth.now(VIETNAM);
            YearMonth first = current.minusMonths(months);
            Instant unitsCreated = first.minusMonths(3).atDay(1).atStartOfDay(VIETNAM).toInstant();
            Instant obligationCreated = first.minusMonths(1).atDay(15).atTime(9, 0).atZone(VIETNAM).toInstant();

            // ---- the tree -------------------------------------------------------------------------------------------
            long t = System.nanoTime();
            long nextId = single(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM unit");
            List<Unit> units = new ArrayList<>();
            List<Unit> groups = new ArrayList<>();          // parents of schools, in id order
            List<List<Unit>> schoolsOf = new ArrayList<>(); // same order as groups
            Unit ministry = new Unit(nextId, 0, "/" + nextId + "/", 0, "MINISTRY", null, "Bộ Giáo dục và Đào tạo (quy mô toàn quốc)", "Bộ GDĐT");
            nextId++;
            units.add(ministry);
            double weightSum = 0;
            for (double w : PROVINCE_WEIGHT) {
                weightSum += w;
            }
            int[] districtsOf = allocate(districts, PROVINCE_WEIGHT, rnd);
            int[] communesOf = allocate(communes, PROVINCE_WEIGHT, rnd);
            int direct = Math.max(1, Math.round(schools * 0.048f)); // THPT and GDTX, about 2,600 of 54,000
            int[] directOf = allocate(direct, PROVINCE_WEIGHT, rnd);
            List<Unit> offices = new ArrayList<>();
            List<Double> officeWeights = new ArrayList<>();
            List<Unit> provinces = new ArrayList<>();
            for (int p = 0; p < PROVINCES.length; p++) {
                Unit province = new Unit(nextId, ministry.id(), ministry.path() + nextId + "/", 1, "PROVINCE_DEPARTMENT", null,
                        "Sở Giáo dục và Đào tạo " + PROVINCES[p], "Sở GDĐT " + PROVINCES[p]);
                nextId++;
                units.add(province);
                provinces.add(province);
                for (int d = 0; d < districtsOf[p]; d++) {
                    String place = PLACE[rnd.nextInt(PLACE.length)] + " " + (d + 1);
                    Unit office = new Unit(nextId, province.id(), province.path() + nextId + "/", 2, "DISTRICT_OFFICE", null,
                            "Phòng Giáo dục và Đào tạo huyện " + place, "Phòng GDĐT " + place);
                    nextId++;
                    units.add(office);
                    offices.add(office);
                    officeWeights.add(2.0 + rnd.nextDouble() * 8.0 + (rnd.nextInt(20) == 0 ? 10.0 : 0.0));
                }
                for (int d = 0; d < communesOf[p]; d++) {
                    String place = PLACE[rnd.nextInt(PLACE.length)] + " " + (d + 1);
                    Unit office = new Unit(nextId, province.id(), province.path() + nextId + "/", 2, "COMMUNE_OFFICE", null,
                            "Phòng Văn hóa - Xã hội xã " + place, "Phòng VH-XH " + place);
                    nextId++;
                    units.add(office);
                    offices.add(office);
                    officeWeights.add(0.5 + rnd.nextDouble() * 2.0);
                }
                List<Unit> mine = new ArrayList<>();
                for (int s = 0; s < directOf[p]; s++) {
                    boolean gdtx = rnd.nextInt(12) == 0;
                    String name = gdtx ? "Trung tâm GDNN - GDTX " + PLACE[rnd.nextInt(PLACE.length)] + " " + (s + 1)
                            : "Trường THPT " + PERSON[rnd.nextInt(PERSON.length)] + " " + (s + 1);
                    Unit school = new Unit(nextId, province.id(), province.path() + nextId + "/", 2, "SCHOOL", gdtx ? "GDTX" : "THPT", name,
                            name.replace("Trường ", "").replace("Trung tâm ", "TT "));
                    nextId++;
                    units.add(school);
                    mine.add(school);
                }
                groups.add(province);
                schoolsOf.add(mine);
            }
            double[] ow = officeWeights.stream().mapToDouble(Double::doubleValue).toArray();
            int[] schoolsPerOffice = allocate(schools - direct, ow, rnd);
            for (int o = 0; o < offices.size(); o++) {
                Unit office = offices.get(o);
                List<Unit> mine = new ArrayList<>();
                for (int s = 0; s < schoolsPerOffice[o]; s++) {
                    double x = rnd.nextDouble();
                    String level = x < 0.40 ? "MN" : x < 0.73 ? "TH" : x < 0.97 ? "THCS" : "LIEN_CAP";
                    String kind = switch (level) {
                        case "MN" -> rnd.nextBoolean() ? "Trường Mầm non " : "Trường Mẫu giáo ";
                        case "TH" -> "Trường Tiểu học ";
                        case "THCS" -> "Trường THCS ";
                        default -> "Trường TH và THCS ";
                    };
                    String name = kind + (rnd.nextBoolean() ? PERSON[rnd.nextInt(PERSON.length)] : PLACE[rnd.nextInt(PLACE.length)]) + " " + (s + 1);
                    Unit school = new Unit(nextId, office.id(), office.path() + nextId + "/", 3, "SCHOOL", level, name,
                            name.replace("Trường Mầm non", "MN").replace("Trường Mẫu giáo", "MG").replace("Trường Tiểu học", "TH").replace("Trường ", ""));
                    nextId++;
                    units.add(school);
                    mine.add(school);
                }
                groups.add(office);
                schoolsOf.add(mine);
            }
            // Groups in id order, so reports (and their values) are written in the order of both their indexes.
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < groups.size(); i++) {
                order.add(i);
            }
            order.sort((a, b) -> Long.compare(groups.get(a).id(), groups.get(b).id()));
            insertUnits(c, units, unitsCreated, admin);
            c.commit();
            int schoolCount = 0;
            for (List<Unit> l : schoolsOf) {
                schoolCount += l.size();
            }
            System.out.printf(Locale.ROOT, "units: 1 ministry, %d provinces, %d district offices, %d commune offices, %d schools (%d directly under a Sở) in %.1f s%n",
                    PROVINCES.length, districts, communes, schoolCount, direct, secs(t));

            // ---- form and obligation ------------------------------------------------------------------------------
            String definition = definitionJson();
            String title = "Báo cáo tháng công tác truyền thông (quy mô toàn quốc)";
            long formId = insertReturningId(c, "INSERT INTO report_form (unit_id, title, current_version, created_at, updated_at, created_by, updated_by, version) "
                    + "VALUES (?, ?, 1, ?, ?, ?, ?, 0)", ministry.id(), "Báo cáo tháng công tác truyền thông (quy mô toàn quốc)",
                    ts(obligationCreated), ts(obligationCreated), admin, admin);
            long formVersionId = insertReturningId(c, "INSERT INTO report_form_version (unit_id, form_id, number, definition, created_at, created_by) "
                    + "VALUES (?, ?, 1, ?, ?, ?)", ministry.id(), formId, definition, ts(obligationCreated), admin);
            long obligationId = insertReturningId(c, "INSERT INTO obligation (unit_id, form_id, title, audience, recipient, period_type, due_rule, "
                    + "move_off_days_off, opens_days_before, reminder_days, lock_days, escalate_days, requires_signoff, starts_on, active, created_at, "
                    + "updated_at, created_by, updated_by, version) VALUES (?, ?, ?, 'TYPE:SCHOOL', 'PARENT', 'MONTHLY', 'DAY_OF_NEXT_MONTH:20', FALSE, "
                    + "NULL, '7,3,1', NULL, 10, FALSE, ?, TRUE, ?, ?, ?, ?, 0)", ministry.id(), formId,
                    title, first.atDay(1), ts(obligationCreated),
                    ts(obligationCreated), admin, admin);
            if (!"1".equals(System.getenv("BENCH_REMINDERS"))) {
                // The reminder job would, on the few days a reminder or digest is due (the 13th, 17th, 19th and 21st here), mail
                // tens of thousands of units in the middle of the measurements; its ShedLock row, held for a year, keeps it off.
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES ('report-reminders', "
                            + "NOW(3) + INTERVAL 1 YEAR, NOW(3), 'infra/bench/reporting') ON DUPLICATE KEY UPDATE lock_until = VALUES(lock_until), "
                            + "locked_by = VALUES(locked_by)");
                }
                System.out.println("reminder job kept off for the benchmark (its ShedLock row 'report-reminders' held for a year; BENCH_REMINDERS=1 leaves it on)");
            }
            c.commit();

            // ---- a year of reports --------------------------------------------------------------------------------
            t = System.nanoTime();
            long reportId = single(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM report");
            long totalReports = 0;
            long totalLate = 0;
            long totalValues = 0;
            PreparedStatement insLock = c.prepareStatement("INSERT INTO report_group_lock (obligation_id, period_code, group_unit_id, sends) VALUES (?, ?, ?, ?)");
            double[] values = new double[FIELDS.size()];
            StringBuilder reportRows = new StringBuilder(8 << 20);
            StringBuilder versionRows = new StringBuilder(8 << 20);
            StringBuilder valueRows = new StringBuilder(32 << 20);
            StringBuilder auditRows = new StringBuilder(8 << 20);
            String adminEmail = env("BENCH_ADMIN_EMAIL", "admin@lantoa.vn");
            String adminText = Long.toString(admin);
            for (int m = 0; m < months; m++) {
                YearMonth month = first.plusMonths(m);
                String period = month.toString();
                String label = "Tháng " + month.getMonthValue() + "/" + month.getYear();
                // On time until 23:59:59.999 of the 20th of the next month, Vietnam time.
                Instant lateFrom = month.plusMonths(1).atDay(21).atStartOfDay(VIETNAM).toInstant();
                Instant onTimeFrom = month.atEndOfMonth().minusDays(4).atStartOfDay(VIETNAM).toInstant();
                Instant lateUntil = min(lateFrom.plusSeconds(20L * 86400), now.minusSeconds(3600));
                int batch = 0;
                for (int gi : order) {
                    Unit group = groups.get(gi);
                    int sends = 0;
                    for (Unit school : schoolsOf.get(gi)) {
                        if (rnd.nextDouble() >= submitRate) {
                            continue;
                        }
                        boolean late = rnd.nextDouble() < lateRate;
                        Instant at = late ? between(rnd, lateFrom, lateUntil) : between(rnd, onTimeFrom, lateFrom.minusSeconds(60));
                        totalLate += late ? 1 : 0;
                        draw(rnd, values, school);
                        String answers = answersJson(values);
                        String when = DATETIME.format(at);
                        // report: as ReportService.send leaves it after lockOrCreate, saveAnswers and markSubmitted (version 0 -> 2, revision 1)
                        reportRows.append(reportId).append('\t').append(school.id()).append('\t').append(obligationId).append('\t').append(period)
                                .append('\t').append(group.id()).append('\t').append(formVersionId).append("\tSUBMITTED\t").append(answers)
                                .append("\t{}\t0\t").append(when).append('\t').append(when).append('\t').append(adminText).append('\t').append(adminText)
                                .append("\t\\N\t\\N\t\\N\t1\t").append(when).append('\t').append(when).append('\t').append(adminText).append('\t')
                                .append(adminText).append("\t2\n");
                        versionRows.append(school.id()).append('\t').append(reportId).append("\t1\tSUBMITTED\t").append(answers).append("\t\\N\t")
                                .append(UUID.randomUUID()).append('\t').append(when).append('\t').append(adminText).append('\n');
                        // RollUpStore.store: one row per numeric field, then the counters '#' (1) and '#ontime' (1 when first sent on time).
                        int rows = FIELDS.size() + COUNTERS;
                        for (int f = 0; f < rows; f++) {
                            String key = f < FIELDS.size() ? FIELDS.get(f).key() : f == FIELDS.size() ? "#" : "#ontime";
                            String value = f < FIELDS.size() ? text(values[f]) : f == FIELDS.size() ? "1" : late ? "0" : "1";
                            valueRows.append(reportId).append('\t').append(obligationId).append('\t').append(period).append('\t').append(group.id())
                                    .append('\t').append(school.id()).append('\t').append(key).append('\t').append(value).append('\n');
                        }
                        totalValues += rows;
                        if (AUDIT) {
                            // AuditLog.record of ReportService.send
                            auditRows.append(school.id()).append('\t').append(when).append('\t').append(adminText).append('\t').append(adminEmail)
                                    .append("\treport.submitted\treport\t").append(reportId).append("\tGửi báo cáo ").append(title).append(" - ")
                                    .append(label).append(late ? " (muộn)" : "").append("\t\\N\t{\"late\":").append(late).append(",\"revision\":1}\n");
                        }
                        reportId++;
                        sends++;
                        totalReports++;
                        if (++batch == 10000) {
                            flush(c, reportRows, versionRows, valueRows, auditRows);
                            batch = 0;
                        }
                    }
                    if (sends > 0) {
                        insLock.setLong(1, obligationId);
                        insLock.setString(2, period);
                        insLock.setLong(3, group.id());
                        insLock.setLong(4, sends);
                        insLock.addBatch();
                    }
                }
                flush(c, reportRows, versionRows, valueRows, auditRows);
                insLock.executeBatch();
                c.commit();
                System.out.printf(Locale.ROOT, "  %s: sent, %.1f s so far (loading: report %.1f s, report_version %.1f s, report_value %.1f s, audit_event %.1f s)%n",
                        period, secs(t), FLUSH_NANOS[0] / 1e9, FLUSH_NANOS[1] / 1e9, FLUSH_NANOS[2] / 1e9, FLUSH_NANOS[4] / 1e9);
            }
            System.out.printf(Locale.ROOT, "reports: %d sent (%d late) over %d months, %d report_value rows in %.1f s%n", totalReports, totalLate,
                    months, totalValues, secs(t));

            // ---- the maintained totals, as RollUpStore.recompute leaves them, one period at a time ------------------
            t = System.nanoTime();
            long totals = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_total (obligation_id, period_code, group_path, field_key, group_unit_id, "
                    + "total, reports, min_value, max_value) SELECT v.obligation_id, v.period_code, g.path, v.field_key, v.group_unit_id, v.total, v.reports, "
                    + "v.min_value, v.max_value FROM (SELECT obligation_id, period_code, group_unit_id, field_key, SUM(value) AS total, COUNT(*) AS reports, "
                    + "MIN(value) AS min_value, MAX(value) AS max_value FROM report_value WHERE obligation_id = ? AND period_code = ? "
                    + "GROUP BY group_unit_id, field_key) v JOIN unit g ON g.id = v.group_unit_id")) {
                for (int m = 0; m < months; m++) {
                    ps.setLong(1, obligationId);
                    ps.setString(2, first.plusMonths(m).toString());
                    totals += ps.executeUpdate();
                    c.commit();
                }
            }
            System.out.printf(Locale.ROOT, "report_total: %d rows in %.1f s%n", totals, secs(t));
            try (Statement st = c.createStatement()) {
                for (String table : new String[]{"unit", "unit_placement", "report", "report_version", "report_value", "report_total", "report_group_lock", "audit_event"}) {
                    st.execute("ANALYZE TABLE " + table);
                }
            }
            c.commit();
            System.out.printf(Locale.ROOT, "generation took %.1f s%n", secs(t0));

            // For the script: which units and obligation to measure.
            Unit bigDistrict = null;
            int bigDistrictSchools = -1;
            long typical = 0;
            for (int i = 0; i < groups.size(); i++) {
                Unit g = groups.get(i);
                if (g.type().equals("DISTRICT_OFFICE") && schoolsOf.get(i).size() > bigDistrictSchools) {
                    bigDistrict = g;
                    bigDistrictSchools = schoolsOf.get(i).size();
                }
            }
            Unit bigProvince = null;
            long bigProvinceSchools = -1;
            for (Unit p : provinces) {
                long n = units.stream().filter(u -> u.type().equals("SCHOOL") && u.path().startsWith(p.path())).count();
                if (n > bigProvinceSchools) {
                    bigProvince = p;
                    bigProvinceSchools = n;
                }
            }
            System.out.println("BENCH ministry=" + ministry.id());
            System.out.println("BENCH obligation=" + obligationId);
            System.out.println("BENCH district=" + bigDistrict.id());
            System.out.println("BENCH district_schools=" + bigDistrictSchools);
            System.out.println("BENCH district_name=" + bigDistrict.name().replace(' ', '_'));
            System.out.println("BENCH province=" + bigProvince.id());
            System.out.println("BENCH province_schools=" + bigProvinceSchools);
            System.out.println("BENCH province_name=" + bigProvince.name().replace(' ', '_'));
            System.out.println("BENCH schools=" + schoolCount);
            System.out.println("BENCH last_period=" + current.minusMonths(1));
            System.out.println("BENCH current_period=" + current);
            System.out.printf(Locale.ROOT, "BENCH generation_seconds=%.1f%n", secs(t0));
        }
    }

    static final long[] FLUSH_NANOS = new long[5];
    static final java.time.format.DateTimeFormatter DATETIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    /** Loads the rows gathered so far with LOAD DATA LOCAL INFILE (several times faster than batched INSERTs), then commits. */
    static void flush(Connection c, StringBuilder reports, StringBuilder versions, StringBuilder values, StringBuilder audit) throws Exception {
        load(c, 0, "report (id, unit_id, obligation_id, period_code, recipient_unit_id, form_version_id, status, answers, prefilled, row_count, "
                + "first_submitted_at, submitted_at, submitted_by, signed_by, decided_at, decided_by, return_reason, revision, created_at, updated_at, "
                + "created_by, updated_by, version)", reports);
        load(c, 1, "report_version (unit_id, report_id, number, action, answers, note, token, created_at, created_by)", versions);
        load(c, 2, "report_value (report_id, obligation_id, period_code, group_unit_id, unit_id, field_key, value)", values);
        load(c, 4, "audit_event (unit_id, occurred_at, actor_user_id, actor_email, action, entity_type, entity_id, summary, before_json, after_json)", audit);
        long t = System.nanoTime();
        c.commit();
        FLUSH_NANOS[3] += System.nanoTime() - t;
    }

    static void load(Connection c, int slot, String table, StringBuilder rows) throws Exception {
        if (rows.length() == 0) {
            return;
        }
        long t = System.nanoTime();
        try (Statement st = c.createStatement()) {
            st.unwrap(com.mysql.cj.jdbc.JdbcStatement.class).setLocalInfileInputStream(
                    new java.io.ByteArrayInputStream(rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            st.execute("LOAD DATA LOCAL INFILE 'bench.tsv' INTO TABLE " + table.replaceFirst(" \\(", " CHARACTER SET utf8mb4 ("));
            if (st.getWarnings() != null) {
                throw new IllegalStateException("LOAD DATA into " + table + " warned: " + st.getWarnings().getMessage());
            }
        }
        rows.setLength(0);
        FLUSH_NANOS[slot] += System.nanoTime() - t;
    }

    static void insertUnits(Connection c, List<Unit> units, Instant created, long admin) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit (id, parent_id, path, depth, type, school_level, name, short_name, slug, host_name, "
                + "address, phone, email, website, official_email_domains, closed_on, search_text, created_at, updated_at, created_by, updated_by, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, NULL, NULL, NULL, NULL, NULL, ?, ?, ?, ?, ?, 0)")) {
            int n = 0;
            for (Unit u : units) {
                String slug = slug(u.name(), u.id());
                ps.setLong(1, u.id());
                if (u.parentId() == 0) {
                    ps.setNull(2, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(2, u.parentId());
                }
                ps.setString(3, u.path());
                ps.setInt(4, u.depth());
                ps.setString(5, u.type());
                ps.setString(6, u.level());
                ps.setString(7, u.name());
                ps.setString(8, u.shortName());
                ps.setString(9, slug);
                ps.setString(10, u.shortName() + ", Việt Nam");
                ps.setString(11, (ascii(u.name()) + " " + ascii(u.shortName()) + " " + slug.replace('-', ' ')).toLowerCase(Locale.ROOT));
                ps.setTimestamp(12, ts(created));
                ps.setTimestamp(13, ts(created));
                ps.setLong(14, admin);
                ps.setLong(15, admin);
                ps.addBatch();
                if (++n % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        // Each unit's place in the tree since before any period, as the application writes it for a unit it creates.
        try (Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO unit_placement (unit_id, valid_from, valid_to, parent_id, path, depth) SELECT id, '1970-01-01 00:00:00', "
                    + "'9999-12-31 00:00:00', parent_id, path, depth FROM unit u WHERE NOT EXISTS (SELECT 1 FROM unit_placement p WHERE p.unit_id = u.id)");
        }
    }

    /** As Micronaut Serde writes FormDefinition (nulls included). */
    static String definitionJson() {
        StringBuilder sb = new StringBuilder("{\"title\":\"Báo cáo tháng công tác truyền thông\",\"sections\":[");
        String[][] sections = {{"truyen_thong", "Thông tin, truyền thông", "0", "10"}, {"du_luan_phan_anh", "Hoạt động, công khai và kinh phí", "10", "20"}};
        for (int s = 0; s < sections.length; s++) {
            sb.append(s > 0 ? "," : "").append("{\"key\":\"").append(sections[s][0]).append("\",\"title\":\"").append(sections[s][1])
                    .append("\",\"repeating\":false,\"fields\":[");
            for (int i = Integer.parseInt(sections[s][2]); i < Integer.parseInt(sections[s][3]); i++) {
                Field f = FIELDS.get(i);
                sb.append(i > Integer.parseInt(sections[s][2]) ? "," : "").append("{\"key\":\"").append(f.key()).append("\",\"label\":\"").append(f.label())
                        .append("\",\"type\":\"NUMBER\",\"required\":true,\"help\":null,\"min\":").append(f.min()).append(",\"max\":")
                        .append(f.max() == null ? "null" : f.max().toString()).append(",\"choices\":null,\"rollUp\":\"").append(f.rollUp())
                        .append("\",\"prefill\":null}");
            }
            sb.append("]}");
        }
        sb.append("],\"rules\":[{\"left\":\"so_vu_viec_da_xu_ly\",\"comparison\":\"LESS_OR_EQUAL\",\"right\":\"so_vu_viec_du_luan\"},")
                .append("{\"left\":\"so_phan_anh_da_tra_loi\",\"comparison\":\"LESS_OR_EQUAL\",\"right\":\"so_phan_anh_duong_day_nong\"}]}");
        return sb.toString();
    }

    /** One school's numbers for a month; bigger schools (THPT) report bigger numbers. */
    static void draw(Random rnd, double[] values, Unit school) {
        double scale = "THPT".equals(school.level()) ? 1.6 : "MN".equals(school.level()) ? 0.7 : 1.0;
        for (int f = 0; f < FIELDS.size(); f++) {
            Field field = FIELDS.get(f);
            if (field.decimal()) {
                values[f] = Math.round((field.low() + rnd.nextDouble() * (field.high() - field.low())) * 10) / 10.0;
            } else {
                values[f] = Math.round((field.low() + rnd.nextInt(field.high() - field.low() + 1)) * (f == 0 || f == 2 || f == 11 ? scale : 1.0));
            }
        }
        values[6] = Math.min(values[6], values[5]);   // handled <= arisen
        values[8] = Math.min(values[8], values[7]);   // answered <= received
    }

    /** As Micronaut Serde writes the cleaned answers (a Map<String, String> in the form's order). */
    static String answersJson(double[] values) {
        StringBuilder sb = new StringBuilder(600).append('{');
        for (int f = 0; f < FIELDS.size(); f++) {
            sb.append(f > 0 ? "," : "").append('"').append(FIELDS.get(f).key()).append("\":\"").append(text(values[f])).append('"');
        }
        return sb.append('}').toString();
    }

    static String text(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Splits total over the weights, largest remainders first, so the parts add up exactly. */
    static int[] allocate(int total, double[] weights, Random rnd) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int[] out = new int[weights.length];
        double[] rest = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (int) Math.floor(exact);
            rest[i] = exact - out[i] + rnd.nextDouble() * 1e-9;
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }

    static String ascii(String s) {
        String n = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return n.replaceAll("\\p{M}+", "");
    }

    static String slug(String name, long id) {
        String s = ascii(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80);
        }
        return s + "-" + id;
    }

    static Instant between(Random rnd, Instant from, Instant to) {
        long span = Math.max(1, to.getEpochSecond() - from.getEpochSecond());
        return from.plusSeconds((long) (rnd.nextDouble() * span)).plusNanos(rnd.nextInt(1_000_000) * 1000L);
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    static long single(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static long insertReturningId(Connection c, String sql, Object... params) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    static int intEnv(String name, int fallback) {
        return Integer.parseInt(env(name, String.valueOf(fallback)));
    }
}
