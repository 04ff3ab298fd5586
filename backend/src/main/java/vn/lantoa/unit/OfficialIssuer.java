package vn.lantoa.unit;

import jakarta.inject.Singleton;
import vn.lantoa.platform.text.VietnameseText;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import java.util.List;
import java.util.Locale;

/**
 * A unit as the issuer of an administrative document (Nghị định 30/2020/NĐ-CP): the body above it, the place it writes
 * from, the symbol of its documents and the title of its head. One rule for the reports, the written replies to the press
 * and the press-work reports.
 */
@Singleton
public class OfficialIssuer {

    private static final List<String> ACRONYMS = List.of("THCS", "THPT", "TH", "MN", "GDDT", "GDTX", "VH", "XH", "BO", "SO");

    private final UnitRefRepository units;

    OfficialIssuer(UnitRefRepository units) {
        this.units = units;
    }

    /** The body above the unit, written over its name; empty at the top of the tree. */
    public String parentName(UnitRef unit) {
        return unit.parentId() == null ? "" : units.findById(unit.parentId()).map(UnitRef::name).orElse("");
    }

    /** The province of the unit, as the place in "Đắk Lắk, ngày ...": the Sở's name without its title; the ministry is in Hà Nội. */
    public String place(UnitRef unit) {
        for (UnitRef u : units.findByIdIn(unit.pathIds())) {
            if (u.type() == vn.lantoa.tenancy.UnitType.PROVINCE_DEPARTMENT) {
                return u.name().replaceFirst("^(Sở Giáo dục và Đào tạo|Sở GDĐT|Sở GD&ĐT)\\s*", "").replaceFirst("^(tỉnh|thành phố|Tỉnh|Thành phố)\\s+", "");
            }
        }
        return "Hà Nội";
    }

    /** The symbol after the kind in "Số: 12/BC-THCSTM": initials of the unit's short name, its level kept whole. */
    public static String symbol(UnitRef unit) {
        StringBuilder sb = new StringBuilder();
        String folded = VietnameseText.fold(unit.displayName()).toUpperCase(Locale.ROOT);
        for (String word : folded.split("[^A-Z0-9]+")) {
            if (!word.isEmpty()) {
                sb.append(word.length() <= 4 && ACRONYMS.contains(word) ? word : word.substring(0, 1));
            }
        }
        return sb.toString();
    }

    /** The title the head of the unit signs with. */
    public static String signerTitle(UnitRef unit) {
        return switch (unit.type()) {
            case SCHOOL -> "HIỆU TRƯỞNG";
            case MINISTRY -> "BỘ TRƯỞNG";
            case PROVINCE_DEPARTMENT -> "GIÁM ĐỐC";
            case DISTRICT_OFFICE, COMMUNE_OFFICE -> "TRƯỞNG PHÒNG";
            default -> "THỦ TRƯỞNG ĐƠN VỊ";
        };
    }
}
