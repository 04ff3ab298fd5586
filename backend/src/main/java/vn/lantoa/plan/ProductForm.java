package vn.lantoa.plan;

import java.util.Locale;

/** The product or form of a plan item (sản phẩm, hình thức truyền thông), with its Vietnamese label for documents. */
public enum ProductForm {
    NEWS("Tin bài"),
    VIDEO("Video"),
    INFOGRAPHIC("Infographic"),
    PRESS_CONFERENCE("Họp báo"),
    CONTEST("Cuộc thi"),
    EVENT("Sự kiện"),
    PUBLICATION("Ấn phẩm"),
    TRAINING("Tập huấn"),
    SOCIAL_POST("Bài mạng xã hội"),
    OTHER("Khác");

    private final String label;

    ProductForm(String label) {
        this.label = label;
    }

    /** The Vietnamese label, as the NĐ 30 document and the sheet print it whatever the reader's language. */
    public String label() {
        return label;
    }

    public String labelKey() {
        return "planWrite.form." + name();
    }

    /** The form named by its code, or null. */
    public static ProductForm parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
