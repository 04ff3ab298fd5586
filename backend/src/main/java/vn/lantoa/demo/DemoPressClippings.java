package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.press.monitoring.Clipping;
import vn.lantoa.press.monitoring.ClippingInput;
import vn.lantoa.press.monitoring.Clippings;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.List;

/**
 * Media monitoring from the seeds. Sở GDĐT Đắk Lắk follows the press through the 2024 exam days (seed 000: 27–28 June
 * 2024): mostly positive and neutral articles of Báo Đắk Lắk and Giáo dục & Thời đại, and one negative social-media post.
 * Phòng GDĐT Vũng Tàu notes a negative post about a school's start-of-year fees and sends it up to Sở GDĐT Bà Rịa - Vũng
 * Tàu (seeds 002, 004), whose copy the incidents' demo turns into an incident. Written through the clippings' service, as
 * the form does; the links are examples, not real articles.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoPressClippings {

    /** The title of the Vũng Tàu post, which the incidents' demo looks for in the Sở's clippings. */
    static final String VUNG_TAU_FEES = "Phụ huynh phản ánh thu chi đầu năm học tại một trường ở TP Vũng Tàu";

    private final Clippings clippings;
    private final UnitRefRepository refs;

    DemoPressClippings(Clippings clippings, UnitRefRepository refs) {
        this.clippings = clippings;
        this.refs = refs;
    }

    void seed(long soDakLak, Actor dakLakOfficer, long phongVungTau, Actor vungTauOfficer) {
        UnitRef dakLak = refs.findById(soDakLak).orElseThrow();
        add(dakLakOfficer, dakLak, "https://baodaklak.example.vn/giao-duc/hon-20-nghin-thi-sinh-dak-lak-lam-thu-tuc-du-thi-tot-nghiep-thpt-2024",
                "Báo Đắk Lắk", "ONLINE", "Hơn 20 nghìn thí sinh Đắk Lắk làm thủ tục dự thi tốt nghiệp THPT năm 2024", "2024-06-26", "NEUTRAL", 18_000,
                "Đưa tin số thí sinh, điểm thi; dẫn lời Giám đốc Sở.");
        add(dakLakOfficer, dakLak, "https://baodaklak.example.vn/giao-duc/ngay-thi-dau-tien-dien-ra-an-toan-nghiem-tuc",
                "Báo Đắk Lắk", "ONLINE", "Đắk Lắk: ngày thi đầu tiên diễn ra an toàn, nghiêm túc", "2024-06-27", "POSITIVE", 25_000, null);
        add(dakLakOfficer, dakLak, "https://giaoducthoidai.example.vn/dak-lak-luc-luong-cong-an-ho-tro-thi-sinh-vung-sau-vung-xa",
                "Giáo dục & Thời đại", "ONLINE", "Đắk Lắk: công an, đoàn viên hỗ trợ thí sinh vùng sâu, vùng xa đến điểm thi", "2024-06-27", "POSITIVE",
                40_000, "Bài có ảnh tiếp sức mùa thi ở huyện Lắk.");
        add(dakLakOfficer, dakLak, null, "Báo Đắk Lắk (bản in)", "PRINT", "Kỳ thi tốt nghiệp THPT 2024: Đắk Lắk bảo đảm an toàn tuyệt đối đề thi",
                "2024-06-28", "POSITIVE", null, "Trang 3, số ra ngày 28/6/2024.");
        add(dakLakOfficer, dakLak, "https://giaoducthoidai.example.vn/thi-sinh-dak-lak-nhan-dinh-de-toan-vua-suc",
                "Giáo dục & Thời đại", "ONLINE", "Thí sinh Đắk Lắk nhận định đề Toán vừa sức, có câu phân loại", "2024-06-28", "NEUTRAL", 32_000, null);
        add(dakLakOfficer, dakLak, "https://www.facebook.example.vn/groups/phuhuynhbmt/posts/1024",
                "Nhóm Facebook \"Phụ huynh Buôn Ma Thuột\"", "SOCIAL", "Bài đăng nói một điểm thi ở Buôn Ma Thuột để thí sinh đến muộn vào phòng thi",
                "2024-06-28", "NEGATIVE", 3_500, "Chưa xác minh; Văn phòng Sở đã liên hệ Trưởng điểm thi.");

        UnitRef phong = refs.findById(phongVungTau).orElseThrow();
        Clipping post = add(vungTauOfficer, phong, "HOC_PHI", "https://www.facebook.example.vn/phuhuynhvungtau/posts/2024091001", "Trang Facebook \"Phụ huynh TP Vũng Tàu\"",
                "SOCIAL", VUNG_TAU_FEES, "2024-09-10", "NEGATIVE", 12_000,
                "Nhiều bình luận hỏi về các khoản vận động đầu năm; đã đề nghị trường báo cáo.");
        clippings.sendUp(vungTauOfficer, phong, post.id());
    }

    private Clipping add(Actor actor, UnitRef unit, String url, String outlet, String kind, String title, String day, String tone, Integer reach,
                         String note) {
        return add(actor, unit, "THI_CU", url, outlet, kind, title, day, tone, reach, note);
    }

    private Clipping add(Actor actor, UnitRef unit, String topic, String url, String outlet, String kind, String title, String day, String tone,
                         Integer reach, String note) {
        return clippings.add(actor, unit, new ClippingInput(url, outlet, kind, title, day, tone, List.of(topic), List.of(String.valueOf(unit.id())),
                reach == null ? null : String.valueOf(reach), note, null));
    }
}
