package vn.lantoa.desk.register;

/** How serious an issue is for the unit: thấp, trung bình, cao, nghiêm trọng. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String labelKey() {
        return "register.severity." + name();
    }

    static Severity parse(String value) {
        for (Severity s : values()) {
            if (s.name().equals(value == null ? null : value.strip())) {
                return s;
            }
        }
        return null;
    }
}
