package vn.lantoa.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Addresses of Lantoa's own CSS and JavaScript with their content's hash: "/static/css/site.css?v=3f2a9c81d0". Such an
 * address names one version for ever, so browsers and proxies keep it a year without asking again; a new version is a
 * new address. Templates call {@link #url}; StaticCacheFilter sets the headers. Read from the classpath, where the
 * build puts frontend-templates/static, once per file.
 */
public final class StaticAssets {

    /** Vendored libraries carry their version in the path (see micronaut.router.static-resources). */
    public static final String TINYMCE = "/vendor/tinymce-6.8.3";

    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    private StaticAssets() {
    }

    /** The versioned address of a file under /static/, or the path itself when there is no such file. */
    public static String url(String path) {
        String version = version(path);
        return version.isEmpty() ? path : path + "?v=" + version;
    }

    /** Whether a request for this path names the version being served now. */
    static boolean isCurrent(String path, String version) {
        return version != null && !version.isEmpty() && version.equals(version(path));
    }

    private static String version(String path) {
        if (path == null || !path.startsWith("/static/") || path.contains("..")) {
            return "";
        }
        return VERSIONS.computeIfAbsent(path, StaticAssets::hash);
    }

    private static String hash(String path) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(path.substring(1))) {
            if (in == null) {
                return "";
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readAllBytes());
            return HexFormat.of().formatHex(sha.digest(), 0, 5);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
