package vn.lantoa.topic;

import java.util.List;

/**
 * The sector's standard themes (issue 14 item 3), with those the seeds' plans name again and again (tuyển sinh, sách
 * giáo khoa, y tế trường học, gương người tốt việc tốt in seeds 002 and 004). A keeper loads them into an empty list.
 */
final class StandardTopics {

    record Standard(String code, String name) {
    }

    static final List<Standard> ALL = List.of(
            new Standard("CHINH_SACH", "Chính sách"),
            new Standard("GDMN", "Giáo dục mầm non"),
            new Standard("GDPT", "Giáo dục phổ thông"),
            new Standard("GDTX", "Giáo dục thường xuyên"),
            new Standard("DOI_NGU", "Đội ngũ nhà giáo"),
            new Standard("AN_TOAN", "An toàn trường học"),
            new Standard("CDS", "Chuyển đổi số"),
            new Standard("THI_CU", "Thi cử"),
            new Standard("THI_DUA", "Thi đua khen thưởng"),
            new Standard("TUYEN_SINH", "Tuyển sinh"),
            new Standard("SGK", "Sách giáo khoa"),
            new Standard("Y_TE", "Y tế trường học, giáo dục thể chất"),
            new Standard("NGUOI_TOT", "Gương người tốt, việc tốt"));

    private StandardTopics() {
    }
}
