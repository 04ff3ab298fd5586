package vn.lantoa.site;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import jakarta.inject.Singleton;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import vn.lantoa.platform.storage.ObjectStorage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.regex.Matcher;
import java.util.logging.Level;
import java.util.regex.Pattern;

/**
 * Save-as-PDF of an article (Nghị định 42/2022 asks for print and save on every article): the print view laid out
 * as an A4 document in Liberation Serif, metrically compatible with Times New Roman and with every Vietnamese glyph.
 * Images come straight from storage; nothing is fetched over the network.
 */
@Singleton
public class ArticlePdf {

    private static final String[][] FACES = {
            {"LiberationSerif-Regular.ttf", "400", "NORMAL"}, {"LiberationSerif-Bold.ttf", "700", "NORMAL"},
            {"LiberationSerif-Italic.ttf", "400", "ITALIC"}, {"LiberationSerif-BoldItalic.ttf", "700", "ITALIC"}};
    private static final Pattern IMAGE = Pattern.compile("^lantoa://site/anh/(\\d+)/(\\d{4})/([A-Za-z0-9-]{1,64}\\.[a-z0-9]{1,5}).*$");

    static {
        // The renderer writes timings and font loading at INFO straight to the console, a dozen lines per PDF; its
        // warnings still show.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ObjectStorage storage;
    private final Clock clock;

    ArticlePdf(ObjectStorage storage, Clock clock) {
        this.storage = storage;
        this.clock = clock;
    }

    byte[] render(byte[] printHtml) {
        return fromHtml(new String(printHtml, StandardCharsets.UTF_8));
    }

    /** Any page of Lantoa's as an A4 PDF in Liberation Serif (the demo's documents are made this way too). */
    public byte[] fromHtml(String page) {
        org.jsoup.nodes.Document html = Jsoup.parse(page);
        // The PDF has no use for scripts, and its fonts are set here.
        html.select("script, link[rel=stylesheet]").remove();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            for (String[] face : FACES) {
                builder.useFont(() -> getClass().getResourceAsStream("/liberation/" + face[0]), "Liberation Serif",
                        Integer.parseInt(face[1]), BaseRendererBuilder.FontStyle.valueOf(face[2]), true);
            }
            builder.useProtocolsStreamImplementation(new StorageStreams(), "lantoa");
            builder.withW3cDocument(new W3CDom().fromJsoup(html), "lantoa://site/");
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
                stamp(renderer.getPdfDocument(), page);
                renderer.getPdfDocument().save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The same page at the same time gives the same bytes: the renderer would date the document by the wall clock and
     * PDFBox would derive the file's /ID from it, so a restored database could not be checked against a backup's PDF.
     * The dates come from the application's clock and the /ID from the page itself.
     */
    private void stamp(PDDocument pdf, String page) {
        Calendar now = GregorianCalendar.from(ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        pdf.getDocumentInformation().setCreationDate(now);
        pdf.getDocumentInformation().setModificationDate(now);
        byte[] id;
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update(page.getBytes(StandardCharsets.UTF_8));
            id = md5.digest(clock.instant().toString().getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** lantoa://site/anh/... addresses, read from the object store. */
    private final class StorageStreams implements FSStreamFactory {

        @Override
        public FSStream getUrl(String url) {
            Matcher m = IMAGE.matcher(url);
            byte[] bytes = new byte[0];
            if (m.matches()) {
                bytes = storage.get("units/" + m.group(1) + "/files/" + m.group(2) + "/" + m.group(3)).map(in -> {
                    try (in) {
                        return in.readAllBytes();
                    } catch (IOException e) {
                        return new byte[0];
                    }
                }).orElse(new byte[0]);
            }
            byte[] content = bytes;
            return new FSStream() {
                @Override
                public InputStream getStream() {
                    return new ByteArrayInputStream(content);
                }

                @Override
                public Reader getReader() {
                    return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
                }
            };
        }
    }
}
