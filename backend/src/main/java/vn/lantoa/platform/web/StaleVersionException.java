package vn.lantoa.platform.web;

/**
 * Someone else saved the item first: the version the person edited is no longer the current one. A page answers 409
 * with the message; the API answers 412 (STALE_VERSION), as If-Match asks.
 */
public class StaleVersionException extends ConflictException {

    public StaleVersionException() {
        super("error.staleVersion");
    }
}
