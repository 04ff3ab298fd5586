package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.channel.Channels;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

/**
 * Seed 003: Sở Đồng Nai runs the fanpage "Thông tin Giáo dục Đồng Nai" and asks every unit below to run one connected
 * to it, with a QR code. The Sở's fanpage and Zalo OA, and the fanpages of the two units below it in the demo; each
 * school's site then prints the Sở's fanpage on its poster. The letter printed the address as "fecabook.com/DongNaiEdu";
 * the demo keeps the page name on facebook.com, which the form would insist on anyway.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoChannels {

    private final Channels channels;
    private final UnitRefRepository refs;

    DemoChannels(Channels channels, UnitRefRepository refs) {
        this.channels = channels;
        this.refs = refs;
    }

    void seed(Actor system, long soDongNaiId) {
        UnitRef so = refs.findById(soDongNaiId).orElseThrow();
        channels.create(system, so, "FACEBOOK", "Thông tin Giáo dục Đồng Nai", "https://www.facebook.com/DongNaiEdu", "Đỗ Thanh Tâm – Văn phòng Sở",
                "0938 192 279");
        channels.create(system, so, "ZALO_OA", "Sở Giáo dục và Đào tạo Đồng Nai", "https://zalo.me/sogddtdongnai", "Đỗ Thanh Tâm – Văn phòng Sở",
                "0938 192 279");
        for (UnitRef unit : refs.findOpenChildren(soDongNaiId)) {
            if (unit.type() == vn.lantoa.tenancy.UnitType.SCHOOL) {
                channels.create(system, unit, "FACEBOOK", "Trường THPT chuyên Lương Thế Vinh – Đồng Nai", "https://www.facebook.com/thptchuyenltv.dongnai",
                        "Tổ Tin học – quản trị fanpage", null);
            } else {
                channels.create(system, unit, "FACEBOOK", "Văn hóa – Xã hội phường Trấn Biên", "https://www.facebook.com/vhxh.tranbien",
                        "Chuyên viên Phòng Văn hóa - Xã hội", null);
            }
        }
    }
}
