package vn.lantoa.unit;

import vn.lantoa.platform.text.VietnameseText;

/**
 * What was typed in a unit search, as the two LIKE patterns the search runs: the words in order, anything between
 * them ("phong hoang mai" finds "Phòng GDĐT quận Hoàng Mai"), or the same letters run together, spaces ignored on
 * both sides ("daklak" finds "Sở GDĐT Đắk Lắk", as "dak lak" finds "Trường THPT Daklak"). Both are over the unit's
 * folded search text: no tone marks, no case.
 */
record UnitSearch(String pattern, String joined) {

    static UnitSearch of(String typed) {
        String folded = VietnameseText.fold(typed == null ? "" : typed.strip());
        String escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return new UnitSearch("%" + escaped.replaceAll("\\s+", "%") + "%", "%" + escaped.replaceAll("\\s+", "") + "%");
    }
}
