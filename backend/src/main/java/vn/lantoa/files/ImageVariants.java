package vn.lantoa.files;

import jakarta.inject.Singleton;
import net.coobird.thumbnailator.Thumbnails;
import vn.lantoa.platform.storage.ObjectStorage;
import vn.lantoa.platform.web.UserInputException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resized copies of uploaded images (400, 800 and 1600 pixels wide, never wider than the original), stored next
 * to the original as {key}-w{width}.jpg, or .png when the image has transparency. Dimensions are read before
 * decoding, so a "decompression bomb" is refused instead of filling the memory.
 */
@Singleton
public class ImageVariants {

    static final int[] WIDTHS = {400, 800, 1600};
    private static final long MAX_PIXELS = 60_000_000L;
    private static final Pattern VARIANT = Pattern.compile("^(.*)-w(\\d+)\\.(jpg|png)$");

    private final ObjectStorage storage;

    ImageVariants(ObjectStorage storage) {
        this.storage = storage;
    }

    /** Makes and stores the variants; returns their widths, comma-separated, or null when none were needed. */
    String create(String key, Path original) throws IOException {
        BufferedImage image = decode(original);
        boolean alpha = image.getColorModel().hasAlpha();
        List<String> made = new ArrayList<>();
        for (int width : WIDTHS) {
            if (width >= image.getWidth()) {
                break;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.of(image).width(width).outputFormat(alpha ? "png" : "jpg").outputQuality(0.85).toOutputStream(out);
            storage.put(variantKey(key, width, alpha), out.toByteArray(), alpha ? "image/png" : "image/jpeg");
            made.add(alpha ? width + "p" : String.valueOf(width));
        }
        return made.isEmpty() ? null : String.join(",", made);
    }

    /** The stored variant closest to the wanted width, or the original when the image is smaller. */
    public static String keyFor(StoredFile file, int wantedWidth) {
        if (file.imageWidths() == null || wantedWidth <= 0) {
            return file.objectKey();
        }
        String best = null;
        for (String w : file.imageWidths().split(",")) {
            boolean png = w.endsWith("p");
            int width = Integer.parseInt(png ? w.substring(0, w.length() - 1) : w);
            best = variantKey(file.objectKey(), width, png);
            if (width >= wantedWidth) {
                return best;
            }
        }
        return file.objectKey();
    }

    /** Every key of a file's variants, for deleting them with it. */
    static List<String> keysOf(StoredFile file) {
        List<String> keys = new ArrayList<>();
        if (file.imageWidths() != null) {
            for (String w : file.imageWidths().split(",")) {
                boolean png = w.endsWith("p");
                keys.add(variantKey(file.objectKey(), Integer.parseInt(png ? w.substring(0, w.length() - 1) : w), png));
            }
        }
        return keys;
    }

    /** The original's key for a variant's key; the key itself otherwise. */
    static String originalKey(String key) {
        Matcher m = VARIANT.matcher(key);
        return m.matches() ? m.group(1) : key;
    }

    private static String variantKey(String key, int width, boolean png) {
        return key + "-w" + width + (png ? ".png" : ".jpg");
    }

    /**
     * The image, or a Vietnamese "cannot be read" for a file that only starts like one: Java's decoders answer a cut or
     * damaged GIF, PNG or JPEG with an IOException or with any of several runtime exceptions.
     */
    private static BufferedImage decode(Path original) throws IOException {
        try {
            int[] size = dimensions(original);
            if ((long) size[0] * size[1] > MAX_PIXELS) {
                throw UserInputException.of("file", "file.image.tooLarge");
            }
            BufferedImage image;
            try (InputStream in = Files.newInputStream(original)) {
                image = ImageIO.read(in);
            }
            if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
                throw UserInputException.of("file", "file.image.unreadable");
            }
            return image;
        } catch (UserInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Only the temporary copy just written is read here: a failure is the file's, not the disk's.
            throw UserInputException.of("file", "file.image.unreadable");
        }
    }

    private static int[] dimensions(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw UserInputException.of("file", "file.typeNotAllowed");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[]{reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }
}
