package vn.lantoa.press.monitoring;

/** Where a piece appeared: báo in, báo điện tử, đài phát thanh - truyền hình, tạp chí, mạng xã hội, or elsewhere. */
public enum OutletKind {
    PRINT, ONLINE, BROADCAST, MAGAZINE, SOCIAL, OTHER;

    public String labelKey() {
        return "press.clipping.kind." + name();
    }

    static OutletKind parse(String value) {
        for (OutletKind k : values()) {
            if (k.name().equals(value == null ? null : value.strip())) {
                return k;
            }
        }
        return null;
    }
}
