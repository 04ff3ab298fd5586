package vn.lantoa.platform.web;

/** 409: someone else saved the same item first (optimistic locking), or a unique value is taken. */
public class ConflictException extends RuntimeException {

    private final String messageKey;

    public ConflictException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
