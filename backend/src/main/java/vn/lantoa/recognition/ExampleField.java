package vn.lantoa.recognition;

/** The field of a good deed, as the emulation movements (phong trào thi đua) group them. */
public enum ExampleField {
    TEACHING, LEARNING, KINDNESS, COURAGE, INNOVATION, SERVICE, OTHER;

    public String labelKey() {
        return "examples.field." + name();
    }

    static ExampleField parse(String value) {
        if (value == null) {
            return null;
        }
        for (ExampleField f : values()) {
            if (f.name().equals(value.strip())) {
                return f;
            }
        }
        return null;
    }
}
