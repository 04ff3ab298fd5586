package vn.lantoa.platform.web;

/** 403: the user may see this unit's item (oversight from above, or a viewer) but may not change it. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String what) {
        super(what);
    }
}
