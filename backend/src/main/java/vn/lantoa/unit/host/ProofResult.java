package vn.lantoa.unit.host;

/**
 * What one check found: proved, or why not as a message key (shown in the reader's language) with the part of the
 * answer that was wrong. Message arguments: {0} the host name, {1} the detail.
 */
public record ProofResult(boolean proved, String errorKey, String detail) {

    static ProofResult ok() {
        return new ProofResult(true, null, null);
    }

    static ProofResult failed(String errorKey, Object detail) {
        return new ProofResult(false, errorKey, detail == null ? "" : clip(String.valueOf(detail)));
    }

    /** Details come from other people's servers: kept short and printable. */
    static String clip(String detail) {
        if (detail == null) {
            return null;
        }
        String printable = detail.replaceAll("\\p{Cntrl}", " ").strip();
        return printable.length() > 200 ? printable.substring(0, 200) + "…" : printable;
    }
}
