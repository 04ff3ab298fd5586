package vn.lantoa.platform.web;

/**
 * 409: someone else saved the same item first (optimistic locking), a unique value is taken, or the item's state does
 * not allow the step. The API answers with {@link #code()}: CONFLICT unless the step names a code of its own.
 */
public class ConflictException extends RuntimeException {

    private final String code;
    private final String messageKey;

    public ConflictException(String messageKey) {
        this("CONFLICT", messageKey);
    }

    public ConflictException(String code, String messageKey) {
        super(messageKey);
        this.code = code;
        this.messageKey = messageKey;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }
}
