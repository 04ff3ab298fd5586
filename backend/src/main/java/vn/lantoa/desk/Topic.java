package vn.lantoa.desk;

/** What a case is about: the default list of the issue; per-unit lists inherited from the parent come later. */
public enum Topic {
    TUYEN_SINH,
    HOC_PHI,
    AN_TOAN,
    THI_CU,
    CAN_BO,
    CO_SO_VAT_CHAT,
    CHE_DO,
    KHAC;

    public String labelKey() {
        return "desk.topic." + name();
    }

    public static Topic parse(String value) {
        for (Topic t : values()) {
            if (t.name().equals(value)) {
                return t;
            }
        }
        return null;
    }
}
