package vn.lantoa.brand;

import jakarta.inject.Singleton;
import vn.lantoa.files.ContentSniffer;
import vn.lantoa.platform.web.FieldErrors;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks an identity image passes before anything is stored: its size, and its type read from its bytes (Tika's
 * magic numbers, the name left out). SVG is refused, since it can carry script and no sanitizer here cleans it. A file
 * whose name says another type than its content (a PNG named .jpg) is refused too: it is how a disguised file
 * arrives, and the unit can simply rename it.
 */
@Singleton
class BrandUploads {

    /** What each image may be: its field, its largest size and the types it accepts with the names they may have. */
    enum Kind {
        LOGO("logo", 1024 * 1024, Map.of("image/png", Set.of("png"), "image/jpeg", Set.of("jpg", "jpeg")), 0),
        BANNER("banner", 5 * 1024 * 1024, Map.of("image/png", Set.of("png"), "image/jpeg", Set.of("jpg", "jpeg")), 0),
        FAVICON("favicon", 100 * 1024, Map.of("image/png", Set.of("png"), "image/vnd.microsoft.icon", Set.of("ico"),
                "image/x-icon", Set.of("ico")), 512);

        final String field;
        final int maxBytes;
        final Map<String, Set<String>> types;
        /** Largest width and height in pixels; 0 for no limit beyond the media library's own. */
        final int maxSide;

        Kind(String field, int maxBytes, Map<String, Set<String>> types, int maxSide) {
            this.field = field;
            this.maxBytes = maxBytes;
            this.types = types;
            this.maxSide = maxSide;
        }

        /** "1 MB", "100 KB" for the messages. */
        String limit() {
            return maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB" : maxBytes / 1024 + " KB";
        }
    }

    /** An image that passed: its bytes, its type and the name to store it under. */
    record Checked(Kind kind, String fileName, String contentType, byte[] bytes) {

        String extension() {
            return contentType.equals("image/jpeg") ? ".jpg" : contentType.equals("image/png") ? ".png" : ".ico";
        }
    }

    private final ContentSniffer sniffer;

    BrandUploads(ContentSniffer sniffer) {
        this.sniffer = sniffer;
    }

    /** The checked image, or null with the reason added to {@code errors} under the kind's field. */
    Checked check(Kind kind, String fileName, byte[] bytes, FieldErrors errors) {
        if (bytes.length > kind.maxBytes) {
            errors.add(kind.field, "identity.upload.tooLarge", kind.limit());
            return null;
        }
        String type;
        try {
            type = sniffer.detect(new ByteArrayInputStream(bytes), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (type.equals("image/svg+xml")) {
            errors.add(kind.field, "identity.upload.svg");
            return null;
        }
        Set<String> names = kind.types.get(type);
        if (names == null || (type.endsWith("icon") && !isIcon(bytes))) {
            errors.add(kind.field, "identity.upload.type." + kind.field);
            return null;
        }
        String extension = extension(fileName);
        if (!names.contains(extension)) {
            errors.add(kind.field, "identity.upload.nameMismatch", extension.isEmpty() ? "?" : "." + extension, typeName(type));
            return null;
        }
        if (kind.maxSide > 0 && !type.endsWith("icon") && !fits(bytes, kind.maxSide)) {
            errors.add(kind.field, "identity.upload.tooWide", kind.maxSide);
            return null;
        }
        return new Checked(kind, fileName, type, bytes);
    }

    private static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String typeName(String type) {
        return switch (type) {
            case "image/png" -> "PNG";
            case "image/jpeg" -> "JPEG";
            default -> "ICO";
        };
    }

    /** An ICO file's header: reserved 0, type 1 (icon), at least one image. */
    private static boolean isIcon(byte[] bytes) {
        return bytes.length > 6 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 1 && bytes[3] == 0 && (bytes[4] != 0 || bytes[5] != 0);
    }

    /** Read from the header only, so a huge image is refused before it is decoded. Unreadable counts as not fitting. */
    private static boolean fits(byte[] bytes, int maxSide) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return reader.getWidth(0) <= maxSide && reader.getHeight(0) <= maxSide;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
