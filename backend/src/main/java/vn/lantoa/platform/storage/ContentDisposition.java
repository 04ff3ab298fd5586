package vn.lantoa.platform.storage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Content-Disposition for Vietnamese file names: an ASCII fallback plus the RFC 5987 UTF-8 form. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return disposition("attachment", fileName);
    }

    public static String inline(String fileName) {
        return disposition("inline", fileName);
    }

    private static String disposition(String type, String fileName) {
        String ascii = vn.lantoa.platform.text.VietnameseText.fold(fileName).replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
