package vn.lantoa.platform.web;

/** 428: an update through the API that does not say which version it was made from (If-Match or the body's version). */
public class VersionRequiredException extends RuntimeException {

    public VersionRequiredException() {
        super("version required");
    }
}
