package vn.lantoa.channel;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads QR codes back as a phone would: from the served SVG (drawn again, module by module) and from the poster's images. */
final class QrReading {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");
    private static final int SCALE = 4;

    private QrReading() {
    }

    /** The text of an SVG code as Lantoa serves it: its unit squares drawn into pixels, then decoded by ZXing. */
    static String fromSvg(byte[] svg) {
        String text = new String(svg, StandardCharsets.UTF_8);
        Matcher box = VIEW_BOX.matcher(text);
        if (!box.find()) {
            throw new AssertionError("no viewBox in " + text.substring(0, Math.min(200, text.length())));
        }
        int w = Integer.parseInt(box.group(1));
        int h = Integer.parseInt(box.group(2));
        int[] pixels = new int[w * SCALE * h * SCALE];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher m = MODULE.matcher(text);
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            for (int dy = 0; dy < SCALE; dy++) {
                for (int dx = 0; dx < SCALE; dx++) {
                    pixels[(y * SCALE + dy) * w * SCALE + x * SCALE + dx] = 0xFF000000;
                }
            }
        }
        return decode(w * SCALE, h * SCALE, pixels);
    }

    static String fromImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return decode(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    /** Every image of every page of the PDF, decoded as QR codes, in the order they were drawn. */
    static List<String> fromPdf(byte[] pdf) throws IOException {
        List<String> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject x = resources.getXObject(name);
                    if (x instanceof PDImageXObject image) {
                        found.add(fromImage(image.getImage()));
                    }
                }
            }
        }
        return found;
    }

    private static String decode(int w, int h, int[] pixels) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)))).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no QR code could be read", e);
        }
    }
}
