package vn.lantoa.onboarding;

import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.tenancy.SchoolLevel;
import vn.lantoa.tenancy.UnitType;

/** Reads unit types and school levels as people write them in a spreadsheet ("Phòng GDĐT", "Mầm non"). */
final class UnitLabels {

    private UnitLabels() {
    }

    static UnitType type(String text) {
        UnitType exact = UnitType.parse(text);
        if (exact != null) {
            return exact;
        }
        String t = VietnameseText.fold(text == null ? "" : text).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.startsWith("bo")) {
            return UnitType.MINISTRY;
        }
        if (t.startsWith("so")) {
            return UnitType.PROVINCE_DEPARTMENT;
        }
        if (t.startsWith("phong van hoa") || t.startsWith("phong vh") || t.contains("xa hoi")) {
            return UnitType.COMMUNE_OFFICE;
        }
        if (t.startsWith("phong")) {
            return UnitType.DISTRICT_OFFICE;
        }
        if (t.startsWith("truong") || t.startsWith("trung tam") || t.equals("school")) {
            return UnitType.SCHOOL;
        }
        if (t.startsWith("khac") || t.startsWith("don vi")) {
            return UnitType.OTHER;
        }
        return null;
    }

    static SchoolLevel level(String text) {
        SchoolLevel exact = SchoolLevel.parse(text);
        if (exact != null) {
            return exact;
        }
        String t = VietnameseText.fold(text == null ? "" : text).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
        return switch (t) {
            case "mam non" -> SchoolLevel.MN;
            case "tieu hoc" -> SchoolLevel.TH;
            case "trung hoc co so" -> SchoolLevel.THCS;
            case "trung hoc pho thong" -> SchoolLevel.THPT;
            case "lien cap" -> SchoolLevel.LIEN_CAP;
            case "giao duc thuong xuyen", "gdnn gdtx" -> SchoolLevel.GDTX;
            case "khac" -> SchoolLevel.OTHER;
            default -> null;
        };
    }
}
