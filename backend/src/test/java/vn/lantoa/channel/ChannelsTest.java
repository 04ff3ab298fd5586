package vn.lantoa.channel;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.lantoa.people.User;
import vn.lantoa.testing.Browser;
import vn.lantoa.testing.Fixtures;
import vn.lantoa.testing.Page;
import vn.lantoa.testing.TestServers;
import vn.lantoa.unit.Unit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit's channels: kept by those who run its site, shown on its site with QR codes that open them, printed on a poster. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelsTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    Fixtures.World w;

    @BeforeAll
    void world() {
        w = fixtures.world();
    }

    Browser as(User user) {
        return new Browser(server.getURI()).signIn(user.email(), Fixtures.PASSWORD);
    }

    static String base(Unit unit) {
        return "/admin/u/" + unit.id() + "/channels";
    }

    static Map<String, String> channel(String kind, String name, String address, String... more) {
        Map<String, String> form = new HashMap<>(Map.of("kind", kind, "name", name, "address", address, "active", "true"));
        for (int i = 0; i < more.length; i += 2) {
            form.put(more[i], more[i + 1]);
        }
        return form;
    }

    static long id(Unit unit, String name) {
        return count("SELECT id FROM unit_channel WHERE unit_id = ? AND name = ?", unit.id(), name);
    }

    static long count(String sql, Object... params) {
        try (Connection c = DriverManager.getConnection(TestServers.jdbcUrl(TestServers.DATABASE), TestServers.dbUser(), TestServers.dbPassword());
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFanpageAddedByTheSchoolShowsOnItsSiteWithAQrCodeThatOpensItsAddress() {
        Browser admin = as(w.adminA());
        String address = "https://www.facebook.com/thcs-an-binh-" + w.tag();
        Page created = admin.post(base(w.a()), channel("FACEBOOK", "Fanpage THCS An Bình " + w.tag(), address, "personUserId",
                String.valueOf(w.editorA().id()), "phone", "0912 345 678"));
        assertThat(created.status()).isEqualTo(303);
        Page list = admin.get(base(w.a()));
        long channelId = id(w.a(), "Fanpage THCS An Bình " + w.tag());
        assertThat(list.doc().select("tr[data-channel=" + channelId + "]").text()).contains("Fanpage Facebook", address, "0912 345 678");

        Page site = new Browser(server.getURI()).get("/" + w.a().slug() + "/kenh-truyen-thong");
        assertThat(site.status()).isEqualTo(200);
        var img = site.doc().select("#channels-own li[data-channel=" + channelId + "] img");
        assertThat(img.attr("alt")).isEqualTo("Mã QR mở Fanpage Facebook “Fanpage THCS An Bình " + w.tag() + "”");
        Page svg = new Browser(server.getURI()).get(img.attr("src"), "image/*");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(svg.header("ETag")).isNotBlank();
        assertThat(QrReading.fromSvg(svg.bytes())).isEqualTo(address);
        assertThat(site.doc().select("#footer-channels").attr("href")).isEqualTo("/" + w.a().slug() + "/kenh-truyen-thong");
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE unit_id = ? AND action = 'channel.create'", w.a().id())).isEqualTo(1);
    }

    @Test
    void addressesThatAreNotWebLinksOrNotOnTheKindsPlatformAreRefusedInVietnameseAndNothingIsSaved() {
        Browser head = as(w.headA());
        long before = count("SELECT COUNT(*) FROM unit_channel WHERE unit_id = ?", w.a().id());
        Page script = head.post(base(w.a()), channel("WEBSITE", "Trang lạ", "javascript:alert(1)"));
        assertThat(script.status()).isEqualTo(422);
        assertThat(script.doc().select("#e-address").text()).isEqualTo("Địa chỉ phải là liên kết web bắt đầu bằng https:// (hoặc http://).");
        assertThat(head.post(base(w.a()), channel("OTHER", "FTP", "ftp://files.example.vn/x")).doc().select("#e-address").text())
                .startsWith("Địa chỉ phải là liên kết web");
        // Seed 003 itself printed the Sở's fanpage as fecabook.com: a poster with that QR code would lead nowhere.
        Page typo = head.post(base(w.a()), channel("FACEBOOK", "Thông tin Giáo dục", "http://www.fecabook.com/DongNaiEdu"));
        assertThat(typo.status()).isEqualTo(422);
        assertThat(typo.doc().select("#e-address").text()).isEqualTo("Địa chỉ fanpage Facebook phải thuộc facebook.com hoặc fb.com.");
        assertThat(head.post(base(w.a()), channel("ZALO_OA", "Zalo", "https://facebook.com.evil.example/x")).doc().select("#e-address").text())
                .isEqualTo("Địa chỉ Zalo OA phải thuộc zalo.me hoặc oa.zalo.me.");
        assertThat(head.post(base(w.a()), channel("FACEBOOK", "Lừa", "https://facebook.com@evil.example/x")).status()).isEqualTo(422);
        Page empty = head.post(base(w.a()), Map.of("kind", "KHONG_CO", "name", " ", "address", "", "personUserId", String.valueOf(w.adminB().id()),
                "sortOrder", "-5"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.doc().select("#e-kind").text()).isEqualTo("Chọn loại kênh.");
        assertThat(empty.doc().select("#e-name").text()).isEqualTo("Nhập tên kênh.");
        assertThat(empty.doc().select("#e-address").text()).isEqualTo("Nhập địa chỉ của kênh.");
        assertThat(empty.doc().select("#e-sortOrder").text()).isEqualTo("Thứ tự là số nguyên từ 0 đến 9999.");
        Page stranger = head.post(base(w.a()), channel("YOUTUBE", "Kênh YouTube", "youtube.com/@thcsanbinh", "personUserId", String.valueOf(w.adminB().id())));
        assertThat(stranger.doc().select("#e-personUserId").text()).isEqualTo("Người được chọn không phải thành viên của đơn vị.");
        assertThat(count("SELECT COUNT(*) FROM unit_channel WHERE unit_id = ?", w.a().id())).isEqualTo(before);

        // Typed without https:// it is read as https, and a fanpage on m.facebook.com or fb.com is a Facebook one.
        assertThat(head.post(base(w.a()), channel("TIKTOK", "TikTok " + w.tag(), "www.tiktok.com/@thcsanbinh")).status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM unit_channel WHERE unit_id = ? AND address = 'https://www.tiktok.com/@thcsanbinh'", w.a().id())).isEqualTo(1);
        assertThat(head.post(base(w.a()), channel("FACEBOOK", "Fb " + w.tag(), "https://fb.com/thcsanbinh")).status()).isEqualTo(303);
    }

    @Test
    void theSiteShowsOnlyTheActiveChannelsOfItsOwnUnitAndHidesOneAsSoonAsItIsStopped() {
        Fixtures.World v = fixtures.world();
        Browser adminA = as(v.adminA());
        adminA.post(base(v.a()), channel("FACEBOOK", "Đang chạy " + v.tag(), "https://www.facebook.com/dang-chay"));
        adminA.post(base(v.a()), Map.of("kind", "YOUTUBE", "name", "Đã dừng " + v.tag(), "address", "https://www.youtube.com/@da-dung"));
        as(v.adminB()).post(base(v.b()), channel("ZALO_OA", "Zalo trường B " + v.tag(), "https://zalo.me/12345"));
        long running = id(v.a(), "Đang chạy " + v.tag());
        long stopped = id(v.a(), "Đã dừng " + v.tag());
        long ofB = id(v.b(), "Zalo trường B " + v.tag());
        Browser visitor = new Browser(server.getURI());
        String page = "/" + v.a().slug() + "/kenh-truyen-thong";
        assertThat(visitor.get(page).doc().select("#channels-own li").eachAttr("data-channel")).containsExactly(String.valueOf(running));
        assertThat(visitor.get(page).header("X-Lantoa-Cache")).isEqualTo("hit");
        assertThat(visitor.get(page).body()).doesNotContain("Đã dừng", "Zalo trường B");
        assertThat(visitor.get("/" + v.a().slug() + "/kenh-truyen-thong/" + stopped + "/qr.svg", "image/*").status()).isEqualTo(404);
        assertThat(visitor.get("/" + v.a().slug() + "/kenh-truyen-thong/" + ofB + "/qr.svg", "image/*").status()).isEqualTo(404);
        assertThat(visitor.get("/" + v.a().slug() + "/kenh-truyen-thong/khong-phai-so/qr.svg", "image/*").status()).isEqualTo(404);

        Page edit = adminA.get(base(v.a()) + "/" + running + "/edit");
        String version = edit.doc().select("input[name=version]").attr("value");
        assertThat(adminA.post(base(v.a()) + "/" + running, Map.of("kind", "FACEBOOK", "name", "Đang chạy " + v.tag(),
                "address", "https://www.facebook.com/dang-chay", "version", version)).status()).isEqualTo(303);
        Page after = visitor.get(page);
        assertThat(after.doc().select("#channels-own li")).isEmpty();
        assertThat(after.doc().select("#channels-none").text()).isEqualTo("Đơn vị chưa công bố kênh truyền thông nào.");
    }

    @Test
    void aStaleEditIsRefusedAndADeleteRemovesTheChannel() {
        Browser admin = as(w.adminA());
        admin.post(base(w.a()), channel("YOUTUBE", "Kênh sửa " + w.tag(), "https://youtu.be/abc"));
        long id = id(w.a(), "Kênh sửa " + w.tag());
        assertThat(admin.post(base(w.a()) + "/" + id, channel("YOUTUBE", "Kênh đã sửa " + w.tag(), "https://youtu.be/abc", "version", "0")).status())
                .isEqualTo(303);
        Page stale = admin.post(base(w.a()) + "/" + id, channel("YOUTUBE", "Kênh cũ", "https://youtu.be/abc", "version", "0"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.doc().select("#f-version").text()).startsWith("Người khác đã sửa kênh này");
        assertThat(count("SELECT COUNT(*) FROM unit_channel WHERE id = ? AND name = ?", id, "Kênh đã sửa " + w.tag())).isEqualTo(1);
        assertThat(admin.post(base(w.a()) + "/" + id + "/delete", Map.of()).status()).isEqualTo(303);
        assertThat(count("SELECT COUNT(*) FROM unit_channel WHERE id = ?", id)).isZero();
    }

    @Test
    void anotherSchoolCannotTouchTheChannelsAndThePhongReadsThemButCannotEditThem() {
        Fixtures.World v = fixtures.world();
        as(v.adminA()).post(base(v.a()), channel("FACEBOOK", "Của trường A " + v.tag(), "https://www.facebook.com/truong-a"));
        long id = id(v.a(), "Của trường A " + v.tag());
        String fingerprint = "SELECT COUNT(*) FROM unit_channel WHERE unit_id = " + v.a().id() + " AND name = 'Của trường A " + v.tag()
                + "' AND address = 'https://www.facebook.com/truong-a' AND active = TRUE";

        Browser otherSchool = as(v.adminB());
        assertThat(otherSchool.get(base(v.a())).status()).isEqualTo(404);
        assertThat(otherSchool.get(base(v.a()) + "/" + id + "/edit").status()).isEqualTo(404);
        assertThat(otherSchool.post(base(v.a()) + "/" + id, channel("FACEBOOK", "Chiếm", "https://facebook.com/x", "version", "0")).status()).isEqualTo(404);
        assertThat(otherSchool.post(base(v.a()) + "/" + id + "/delete", Map.of()).status()).isEqualTo(404);
        // The school's id through its own unit: not found there either.
        assertThat(otherSchool.post(base(v.b()) + "/" + id + "/delete", Map.of()).status()).isEqualTo(404);
        assertThat(otherSchool.get(base(v.b()) + "/" + id + "/edit").status()).isEqualTo(404);

        Browser phong = as(v.adminD());
        Page read = phong.get(base(v.a()));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.doc().select("tr[data-channel=" + id + "]").text()).contains("Của trường A");
        assertThat(read.doc().select("#new-channel")).isEmpty();
        assertThat(phong.get(base(v.a()) + "/new").status()).isEqualTo(403);
        assertThat(phong.post(base(v.a()), channel("FACEBOOK", "Phòng thêm", "https://facebook.com/phong")).status()).isEqualTo(403);
        assertThat(phong.post(base(v.a()) + "/" + id, channel("FACEBOOK", "Phòng sửa", "https://facebook.com/phong", "version", "0")).status())
                .isEqualTo(403);
        assertThat(phong.post(base(v.a()) + "/" + id + "/delete", Map.of()).status()).isEqualTo(403);
        // An editor of the school writes news, not the site's settings.
        assertThat(as(v.editorA()).post(base(v.a()), channel("FACEBOOK", "Biên tập thêm", "https://facebook.com/bt")).status()).isEqualTo(403);
        assertThat(as(v.adminQ()).get(base(v.a())).status()).isEqualTo(404);
        assertThat(count(fingerprint)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM unit_channel WHERE unit_id = ?", v.a().id())).isEqualTo(1);
    }

    @Test
    void thePosterCarriesAQrCodeForEachChannelAndForTheMainChannelsAbove() throws Exception {
        Fixtures.World v = fixtures.world();
        as(v.adminP()).post(base(v.p()), channel("FACEBOOK", "Thông tin Giáo dục " + v.tag(), "https://www.facebook.com/so-" + v.tag(), "sortOrder", "1"));
        as(v.adminP()).post(base(v.p()), channel("ZALO_OA", "Zalo Sở " + v.tag(), "https://zalo.me/so", "sortOrder", "2"));
        as(v.adminD()).post(base(v.d()), channel("YOUTUBE", "YouTube Phòng " + v.tag(), "https://www.youtube.com/@phong-" + v.tag()));
        Browser admin = as(v.adminA());
        admin.post(base(v.a()), channel("FACEBOOK", "Fanpage trường " + v.tag(), "https://www.facebook.com/truong-" + v.tag()));
        admin.post(base(v.a()), channel("ZALO_OA", "Zalo trường " + v.tag(), "https://oa.zalo.me/truong-" + v.tag()));

        Page poster = new Browser(server.getURI()).get("/" + v.a().slug() + "/kenh-truyen-thong/ap-phich.pdf", "application/pdf");
        assertThat(poster.status()).isEqualTo(200);
        assertThat(poster.header("Content-Type")).startsWith("application/pdf");
        assertThat(QrReading.fromPdf(poster.bytes())).containsExactlyInAnyOrder("https://www.facebook.com/truong-" + v.tag(),
                "https://oa.zalo.me/truong-" + v.tag(), "https://www.youtube.com/@phong-" + v.tag(), "https://www.facebook.com/so-" + v.tag());
        try (var doc = org.apache.pdfbox.Loader.loadPDF(poster.bytes())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Theo dõi kênh thông tin chính thức", v.a().name().toUpperCase(java.util.Locale.ROOT).substring(0, 10),
                    "Fanpage trường " + v.tag(), "Thông tin Giáo dục " + v.tag());
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        Page page = new Browser(server.getURI()).get("/" + v.a().slug() + "/kenh-truyen-thong");
        assertThat(page.doc().select("#channels-above li").eachAttr("data-channel")).containsExactly(
                String.valueOf(id(v.d(), "YouTube Phòng " + v.tag())), String.valueOf(id(v.p(), "Thông tin Giáo dục " + v.tag())));
        String aboveQr = page.doc().select("#channels-above li img").get(1).attr("src");
        assertThat(QrReading.fromSvg(new Browser(server.getURI()).get(aboveQr, "image/*").bytes())).isEqualTo("https://www.facebook.com/so-" + v.tag());
    }

    @Test
    void aCodeOfTheLongestAddressStillDecodes() {
        String longest = "https://www.facebook.com/" + "a".repeat(ChannelAddress.MAX - "https://www.facebook.com/".length());
        assertThat(ChannelAddress.check(ChannelKind.FACEBOOK, longest).address()).isEqualTo(longest);
        assertThat(QrReading.fromSvg(QrCodes.svg(longest, "x"))).isEqualTo(longest);
        assertThat(QrReading.fromImage(javaxImage(QrCodes.png("https://zalo.me/so-gddt", 3)))).isEqualTo("https://zalo.me/so-gddt");
    }

    static java.awt.image.BufferedImage javaxImage(byte[] png) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
