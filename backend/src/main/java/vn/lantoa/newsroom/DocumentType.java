package vn.lantoa.newsroom;

import java.util.Locale;

/** Kinds of official documents, as their numbers show them (KH, CV, QĐ, TB ...). */
public enum DocumentType {
    KE_HOACH,
    CONG_VAN,
    QUYET_DINH,
    THONG_BAO,
    CHI_THI,
    HUONG_DAN,
    BAO_CAO,
    GIAY_MOI,
    NGHI_QUYET,
    THONG_TU,
    NGHI_DINH,
    LUAT,
    KHAC;

    public String labelKey() {
        return "documentType." + name();
    }

    public static DocumentType parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return DocumentType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
