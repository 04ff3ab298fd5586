package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.press.contacts.ContactBook;
import vn.lantoa.press.contacts.OutletKind;
import vn.lantoa.press.contacts.OutletScope;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.List;

/**
 * The press contacts of the seeds' Sở: Đắk Lắk mails its exam press releases to the local press and to the national
 * education press (seed 000), and shares its local list with the schools below; Bà Rịa - Vũng Tàu keeps its local
 * press (seeds 002, 004). The outlets are real; the journalists and their addresses are made up, on example.vn
 * domains that reach nobody.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoPressContacts {

    private final ContactBook book;
    private final UnitRefRepository units;

    DemoPressContacts(ContactBook book, UnitRefRepository units) {
        this.book = book;
        this.units = units;
    }

    void seed(Actor dakLakAdmin, long soDakLak, Actor brvtAdmin, long soBrvt) {
        dakLak(dakLakAdmin, units.findById(soDakLak).orElseThrow());
        brvt(brvtAdmin, units.findById(soBrvt).orElseThrow());
    }

    private void dakLak(Actor a, UnitRef so) {
        long bao = book.outlet(a, so, "Báo Đắk Lắk", OutletKind.NEWSPAPER, OutletScope.LOCAL, "https://baodaklak.example.vn");
        long dai = book.outlet(a, so, "Đài Phát thanh - Truyền hình Đắk Lắk", OutletKind.BROADCASTER, OutletScope.LOCAL, "https://ptthdaklak.example.vn");
        long gdtd = book.outlet(a, so, "Báo Giáo dục và Thời đại", OutletKind.NEWSPAPER, OutletScope.NATIONAL, "https://giaoducthoidai.example.vn");
        long tuoiTre = book.outlet(a, so, "Báo Tuổi Trẻ", OutletKind.NEWSPAPER, OutletScope.NATIONAL, "https://tuoitre.example.vn");
        long vnexpress = book.outlet(a, so, "VnExpress", OutletKind.NEWS_SITE, OutletScope.NATIONAL, "https://vnexpress.example.vn");
        long danTri = book.outlet(a, so, "Báo Dân trí", OutletKind.NEWS_SITE, OutletScope.NATIONAL, "https://dantri.example.vn");

        long hien = book.contact(a, so, bao, "Hoàng Thị Thu Hiền", "Giáo dục", "Phóng viên", "0905 000 101", "hien.ht@baodaklak.example.vn");
        long tuan = book.contact(a, so, bao, "Nguyễn Đình Tuấn", "Thời sự", "Thư ký tòa soạn", "0905 000 102", "tuan.nd@baodaklak.example.vn");
        long nga = book.contact(a, so, dai, "H'Nga Êban", "Thời sự", "Biên tập viên", "0905 000 103", "nga.eban@ptthdaklak.example.vn");
        long loc = book.contact(a, so, dai, "Trần Văn Lộc", "Giáo dục - Xã hội", "Phóng viên", "0905 000 104", "loc.tv@ptthdaklak.example.vn");
        long khang = book.contact(a, so, gdtd, "Lê Minh Khang", "Giáo dục", "Phóng viên thường trú Tây Nguyên", "0905 000 105",
                "khang.lm@giaoducthoidai.example.vn");
        long duyen = book.contact(a, so, tuoiTre, "Phan Thị Mỹ Duyên", "Giáo dục", "Phóng viên thường trú Tây Nguyên", "0905 000 106",
                "duyen.ptm@tuoitre.example.vn");
        long bao2 = book.contact(a, so, vnexpress, "Đặng Quốc Bảo", "Giáo dục", "Phóng viên", null, "bao.dq@vnexpress.example.vn");
        long huong = book.contact(a, so, danTri, "Vũ Thanh Hương", "Giáo dục - Khuyến học", "Phóng viên", null, "huong.vt@dantri.example.vn");
        // Reachable by phone only: on the lists, but no press release is mailed to him.
        long ban = book.contact(a, so, bao, "Y Ban Niê", "Dân tộc - Miền núi", "Cộng tác viên", "0905 000 109", null);

        book.list(a, so, "Báo chí địa phương", "Báo, đài của tỉnh: nhận thông cáo báo chí về Kỳ thi tốt nghiệp THPT và các sự kiện của ngành.",
                true, List.of(hien, tuan, nga, loc, ban));
        book.list(a, so, "Phóng viên giáo dục", "Phóng viên theo dõi mảng giáo dục của báo, đài địa phương và trung ương.", false,
                List.of(hien, loc, khang, duyen, bao2, huong));
    }

    private void brvt(Actor a, UnitRef so) {
        long bao = book.outlet(a, so, "Báo Bà Rịa - Vũng Tàu", OutletKind.NEWSPAPER, OutletScope.LOCAL, "https://baobariavungtau.example.vn");
        long dai = book.outlet(a, so, "Đài Phát thanh - Truyền hình Bà Rịa - Vũng Tàu", OutletKind.BROADCASTER, OutletScope.LOCAL,
                "https://brt.example.vn");
        long yen = book.contact(a, so, bao, "Nguyễn Thị Hải Yến", "Giáo dục", "Phóng viên", "0905 000 201", "yen.nth@baobariavungtau.example.vn");
        long thang = book.contact(a, so, dai, "Lưu Đức Thắng", "Thời sự", "Phóng viên", "0905 000 202", "thang.ld@brt.example.vn");
        book.list(a, so, "Báo chí địa phương", "Báo Bà Rịa - Vũng Tàu và Đài PT-TH Bà Rịa - Vũng Tàu.", false, List.of(yen, thang));
    }
}
