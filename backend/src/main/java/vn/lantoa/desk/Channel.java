package vn.lantoa.desk;

/** How a case reached the unit: the public form, or a contact the officer logged. */
public enum Channel {
    WEB_FORM,
    PHONE,
    EMAIL,
    IN_PERSON,
    /** Forwarded from another unit of the tree (up to the parent or down to a school). */
    FORWARDED;

    public String labelKey() {
        return "desk.channel." + name();
    }

    /** The channels an officer logs by hand. */
    static final java.util.List<Channel> LOGGED = java.util.List.of(PHONE, IN_PERSON, EMAIL);

    static Channel parseLogged(String value) {
        return LOGGED.stream().filter(c -> c.name().equals(value)).findFirst().orElse(null);
    }
}
