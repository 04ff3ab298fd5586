package vn.lantoa.unit.host;

/** How a unit proves it controls a host name. */
public enum ProofMethod {
    /** A TXT record at {@code _lantoa-verify.<host>} holding the claim's token. */
    DNS_TXT,
    /** {@code http://<host>/.well-known/lantoa-verification/<token>} answering the token. */
    HTTP_FILE;

    public String labelKey() {
        return "hostclaim.method." + name();
    }

    static ProofMethod parse(String text) {
        if (text == null) {
            return null;
        }
        for (ProofMethod m : values()) {
            if (m.name().equalsIgnoreCase(text.strip())) {
                return m;
            }
        }
        return null;
    }
}
