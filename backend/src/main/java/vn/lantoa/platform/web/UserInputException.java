package vn.lantoa.platform.web;

/**
 * Thrown when what a person sent cannot be accepted. Pages show the errors next to the fields; the API
 * answers 400 with code VALIDATION_FAILED and the field errors. Never a 500.
 */
public class UserInputException extends RuntimeException {

    private final FieldErrors errors;

    public UserInputException(FieldErrors errors) {
        super("Invalid input: " + errors.all().stream().map(e -> e.field() + "=" + e.key()).toList());
        this.errors = errors;
    }

    public static UserInputException of(String field, String key, Object... args) {
        return new UserInputException(new FieldErrors().add(field, key, args));
    }

    public FieldErrors errors() {
        return errors;
    }
}
