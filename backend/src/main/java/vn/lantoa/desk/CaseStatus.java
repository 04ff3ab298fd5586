package vn.lantoa.desk;

/** Where a case stands. The names are the Vietnamese terms of the hotline's own registers. */
public enum CaseStatus {
    MOI,
    DA_TIEP_NHAN,
    DANG_XU_LY,
    DA_TRA_LOI,
    DA_DONG,
    /** The officer asked the citizen for more and waits for the reply (the SLA clock keeps running). */
    CHO_BO_SUNG;

    public String labelKey() {
        return "desk.status." + name();
    }

    public boolean open() {
        return this != DA_TRA_LOI && this != DA_DONG;
    }

    public static CaseStatus parse(String value) {
        for (CaseStatus s : values()) {
            if (s.name().equals(value)) {
                return s;
            }
        }
        return null;
    }
}
