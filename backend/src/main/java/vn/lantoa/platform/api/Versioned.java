package vn.lantoa.platform.api;

/**
 * An API view of something two people may edit: its version is its ETag, and an update must name it (If-Match or
 * the body's version) so that nobody overwrites a change they have not seen.
 */
public interface Versioned {

    long version();
}
