package vn.lantoa.brand;

/** Where a unit's favicon lives: its public address (served by FaviconController) and its key in S3. */
final class FaviconPaths {

    private FaviconPaths() {
    }

    static String url(long unitId, String name) {
        return "/bieu-tuong/" + unitId + "/" + name;
    }

    static String key(long unitId, String name) {
        return "brand/" + unitId + "/" + name;
    }
}
