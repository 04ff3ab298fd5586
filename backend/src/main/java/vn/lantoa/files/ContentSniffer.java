package vn.lantoa.files;

import jakarta.inject.Singleton;
import org.apache.tika.Tika;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * Decides what a file really is from its bytes (Apache Tika's magic numbers), with the name only as a
 * tie-breaker inside a container format: a script renamed .pdf is still a script and is refused.
 */
@Singleton
public class ContentSniffer {

    /** Allowed types with the extension a download gets. SVG is left out: it can carry script. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("image/jpeg", ".jpg"),
            Map.entry("image/png", ".png"),
            Map.entry("image/gif", ".gif"),
            Map.entry("image/webp", ".webp"),
            Map.entry("application/pdf", ".pdf"),
            Map.entry("application/msword", ".doc"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
            Map.entry("application/vnd.ms-excel", ".xls"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
            Map.entry("application/vnd.ms-powerpoint", ".ppt"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"),
            Map.entry("application/vnd.oasis.opendocument.text", ".odt"),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", ".ods"),
            Map.entry("application/vnd.oasis.opendocument.presentation", ".odp"));

    /** The detected media type, allowed or not. */
    public String detect(InputStream content, String fileName) throws IOException {
        return Detector.TIKA.detect(content, fileName);
    }

    /**
     * Tika parses its database of some 1,500 types when it is made: about 0.4 s of a cold start's main thread, now
     * spent at the first file checked instead (class initialisation makes it once, and thread-safely).
     */
    private static final class Detector {
        static final Tika TIKA = new Tika();
    }

    static boolean isAllowed(String mediaType) {
        return ALLOWED.containsKey(mediaType);
    }
}
