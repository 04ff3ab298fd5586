package vn.lantoa.platform.web;

/** 404. Also what a user gets for another unit's resource: its existence is not confirmed. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
