package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.brand.IdentityForm;
import vn.lantoa.brand.IdentityService;
import vn.lantoa.files.FileService;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleDraft;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.platform.web.FieldErrors;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The look of three demo sites, set through the identity page's own service: Sở GDĐT Đắk Lắk (the red earth of the
 * highlands), THPT Lắk (green) and Sở GDĐT Bà Rịa - Vũng Tàu (sea blue), each with a logo, a banner and a slideshow of
 * featured news. The images are drawn here (no text, so no font is needed) rather than shipped as files.
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoIdentity {

    private final IdentityService identities;
    private final ArticleService articles;
    private final FileService files;
    private final UnitRefRepository units;

    DemoIdentity(IdentityService identities, ArticleService articles, FileService files, UnitRefRepository units) {
        this.identities = identities;
        this.articles = articles;
        this.files = files;
        this.units = units;
    }

    void seed(Actor system, long soDakLak, long thptLak, long soBrvt) {
        look(system, soDakLak, "#8a3324", new Color(0x8a3324), new Color(0xd98b3a));
        look(system, thptLak, "#1b7a3a", new Color(0x1b7a3a), new Color(0x8cc63f));
        look(system, soBrvt, "#0e5a8a", new Color(0x0e5a8a), new Color(0x4fb3d9));
        featured(system, soDakLak, new Color(0x8a3324), List.of(
                new Slide("Đắk Lắk sẵn sàng cho Kỳ thi tốt nghiệp THPT năm 2024",
                        "Cán bộ coi thi kiểm tra phòng thi tại điểm thi Trường THPT Buôn Ma Thuột"),
                new Slide("Trao học bổng cho học sinh dân tộc thiểu số vượt khó học giỏi",
                        "Học sinh nhận học bổng tại hội trường Sở Giáo dục và Đào tạo Đắk Lắk"),
                new Slide("Hội nghị tổng kết năm học 2023-2024 và triển khai nhiệm vụ năm học mới",
                        "Đại biểu dự hội nghị tổng kết năm học của ngành giáo dục Đắk Lắk")));
        featured(system, thptLak, new Color(0x1b7a3a), List.of(
                new Slide("Học sinh THPT Lắk ôn tập cho kỳ thi tốt nghiệp",
                        "Học sinh lớp 12 ôn tập trong thư viện nhà trường"),
                new Slide("Ngày hội văn hóa các dân tộc tại Trường THPT Lắk",
                        "Học sinh biểu diễn cồng chiêng trong ngày hội văn hóa")));
        featured(system, soBrvt, new Color(0x0e5a8a), List.of(
                new Slide("Mô hình trường học số tại thành phố Vũng Tàu",
                        "Giờ học có sử dụng bảng tương tác tại một lớp học thông minh ở Vũng Tàu"),
                new Slide("Ra quân Tháng an toàn giao thông trong trường học",
                        "Học sinh xếp hàng đội mũ bảo hiểm trước cổng trường")));
    }

    private record Slide(String title, String alt) {
    }

    private void look(Actor system, long unitId, String colour, Color main, Color accent) {
        UnitRef unit = units.findById(unitId).orElseThrow();
        FieldErrors errors = identities.save(system, unit, new IdentityForm(colour, "true", "", "", "", ""),
                new IdentityService.Files(new IdentityService.Upload("logo.png", png(logo(main, accent))),
                        new IdentityService.Upload("anh-nen.jpg", jpeg(banner(main, accent))), null));
        if (errors.hasAny()) {
            throw new IllegalStateException("Demo identity of unit " + unitId + " refused: " + errors.all());
        }
    }

    private void featured(Actor system, long unitId, Color main, List<Slide> slides) {
        UnitRef unit = units.findById(unitId).orElseThrow();
        int n = 0;
        for (Slide slide : slides) {
            long cover = files.upload(system, unit, "anh-tin-" + (++n) + ".jpg", new ByteArrayInputStream(jpeg(cover(main, n)))).id();
            Article article = articles.create(system, unit, new ArticleDraft(ArticleKind.NEWS, slide.title(), null, slide.alt() + ".",
                    "<p>" + slide.alt() + ".</p><p>(Tin minh họa trong dữ liệu demo của Lantoa.)</p>", null, cover, slide.alt(), true,
                    List.of(), List.of(), null, null, null));
            articles.submit(system, unit, article.id());
            articles.approve(system, unit, article.id());
            articles.publish(system, unit, article.id(), null);
        }
    }

    /** A round emblem: an open book under a rising sun, on white so it reads on any header. */
    private static BufferedImage logo(Color main, Color accent) {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(image);
        g.setColor(Color.WHITE);
        g.fillOval(4, 4, 248, 248);
        g.setColor(main);
        g.setStroke(new BasicStroke(12));
        g.drawOval(14, 14, 228, 228);
        g.setColor(accent);
        g.fillArc(68, 52, 120, 120, 0, 180);
        g.setColor(main);
        g.fillPolygon(new int[]{48, 128, 128, 48}, new int[]{132, 150, 206, 188}, 4);
        g.fillPolygon(new int[]{208, 128, 128, 208}, new int[]{132, 150, 206, 188}, 4);
        g.dispose();
        return image;
    }

    /** Rolling hills (or waves) in the unit's colours, for behind the header. */
    private static BufferedImage banner(Color main, Color accent) {
        BufferedImage image = new BufferedImage(1800, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setPaint(new GradientPaint(0, 0, accent.brighter(), 0, 360, main));
        g.fillRect(0, 0, 1800, 360);
        g.setColor(main.darker());
        for (int i = 0; i < 6; i++) {
            g.fillOval(i * 340 - 120, 220 - (i % 2) * 30, 520, 300);
        }
        g.dispose();
        return image;
    }

    private static BufferedImage cover(Color main, int n) {
        BufferedImage image = new BufferedImage(1200, 675, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0xdbe9f6), 0, 675, new Color(0xf7f1e3)));
        g.fillRect(0, 0, 1200, 675);
        g.setColor(main);
        g.fillRect(0, 480, 1200, 195);
        g.setColor(new Color(0xf5a700));
        g.fillOval(880 - n * 120, 80, 160, 160);
        g.setColor(Color.WHITE);
        for (int i = 0; i < 3 + n; i++) {
            g.fillRect(120 + i * 150, 300, 100, 180);
        }
        g.dispose();
        return image;
    }

    private static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static byte[] png(BufferedImage image) {
        return write(image, "png");
    }

    private static byte[] jpeg(BufferedImage image) {
        return write(image, "jpg");
    }

    private static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
