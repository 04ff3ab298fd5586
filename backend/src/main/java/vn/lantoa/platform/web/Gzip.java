package vn.lantoa.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/**
 * Compressed copies of public pages, for code that answers before Micronaut's own compression runs (the page cache on
 * the event loop) or that must give each encoding its own ETag (a strong ETag names one sequence of bytes).
 */
public final class Gzip {

    private static final int THRESHOLD = 1024;

    private Gzip() {
    }

    /** Text of a kilobyte or more; images and PDFs are compressed already. */
    public static boolean worthIt(String contentType, byte[] body) {
        if (body.length < THRESHOLD || contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("xml") || type.contains("json") || type.contains("javascript");
    }

    public static byte[] compress(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Whether the Accept-Encoding header lines allow gzip ("gzip", "x-gzip" or "*", and not with q=0). */
    public static boolean accepted(List<String> acceptEncoding) {
        boolean gzip = false;
        boolean star = false;
        boolean gzipNamed = false;
        for (String line : acceptEncoding) {
            for (String item : line.split(",")) {
                String[] parts = item.split(";");
                String coding = parts[0].strip().toLowerCase(Locale.ROOT);
                boolean allowed = true;
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].strip().toLowerCase(Locale.ROOT);
                    if (p.startsWith("q=")) {
                        try {
                            allowed = Double.parseDouble(p.substring(2)) > 0;
                        } catch (NumberFormatException e) {
                            allowed = false;
                        }
                    }
                }
                if (coding.equals("gzip") || coding.equals("x-gzip")) {
                    gzipNamed = true;
                    gzip = allowed;
                } else if (coding.equals("*")) {
                    star = allowed;
                }
            }
        }
        return gzipNamed ? gzip : star;
    }

    /** The ETag of the compressed copy of a page whose ETag is given. */
    public static String etag(String etag) {
        return etag.endsWith("\"") ? etag.substring(0, etag.length() - 1) + "-gz\"" : etag + "-gz";
    }
}
