package vn.lantoa.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import vn.lantoa.campaign.Campaign;
import vn.lantoa.campaign.CampaignForm;
import vn.lantoa.campaign.Campaigns;
import vn.lantoa.newsroom.Article;
import vn.lantoa.newsroom.ArticleDraft;
import vn.lantoa.newsroom.ArticleKind;
import vn.lantoa.newsroom.ArticleService;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.tenancy.Actor;
import vn.lantoa.tenancy.UnitRef;
import vn.lantoa.tenancy.UnitRefRepository;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Seed 000: Sở GDĐT Đắk Lắk asks every high school to run a category on the exam on its site. Here it launches the
 * "Kỳ thi tốt nghiệp THPT năm 2026" campaign for every THPT school below it, with the plan's key messages, and Trường
 * THPT Lắk has posted into its category (the other schools have not yet, as the Sở's count shows).
 */
@Singleton
@Requires(property = "lantoa.demo.enabled", value = "true")
class DemoCampaigns {

    private final Campaigns campaigns;
    private final ArticleService articles;
    private final UnitRefRepository units;
    private final Clock clock;

    DemoCampaigns(Campaigns campaigns, ArticleService articles, UnitRefRepository units, Clock clock) {
        this.campaigns = campaigns;
        this.articles = articles;
        this.units = units;
        this.clock = clock;
    }

    /**
     * @param dakLakOfficer the Sở's officer who launches it
     * @param school        Trường THPT Lắk, whose {@code schoolEditor} posts into the category
     */
    void seed(Actor dakLakOfficer, long dakLak, Actor schoolEditor, long school) {
        UnitRef so = units.findById(dakLak).orElseThrow();
        // The demo runs on any day: the campaign is dated around it so its banner shows on the schools' sites.
        var today = VietnamTime.today(clock);
        Campaign campaign = campaigns.launch(dakLakOfficer, so, new CampaignForm("Kỳ thi tốt nghiệp THPT năm 2026", "Kỳ thi tốt nghiệp THPT năm 2026",
                "ky-thi-tot-nghiep-thpt-nam-2026", "LEVEL:THPT", Set.of(), VietnamTime.date(today.minusDays(10)), VietnamTime.date(today.plusDays(60)),
                String.join("\n",
                        "Kỳ thi nghiêm túc, an toàn, chất lượng",
                        "Nắm vững quy chế thi; phòng tránh gian lận trong thi cử",
                        "Hỗ trợ thí sinh có hoàn cảnh khó khăn, thí sinh ở xa điểm thi",
                        "Cập nhật kịp thời văn bản chỉ đạo và tình hình các buổi thi",
                        "Đường dây nóng của Sở: 0262 3852 156 – duongdaynong@daklak.edu.vn"),
                "Biểu ngữ Kỳ thi tốt nghiệp THPT năm 2026 – Sở GDĐT Đắk Lắk", Set.of()), "bieu-ngu-ky-thi-2026.png", banner());
        UnitRef lak = units.findById(school).orElseThrow();
        long category = campaigns.categoryIn(campaign, school).orElseThrow();
        for (List<String> story : List.of(
                List.of("Trường THPT Lắk quán triệt quy chế thi tốt nghiệp THPT năm 2026",
                        "Nhà trường tổ chức phổ biến quy chế thi cho toàn thể học sinh lớp 12, giáo viên và nhân viên tham gia công tác thi."),
                List.of("Tập huấn nghiệp vụ coi thi cho giáo viên",
                        "Giáo viên được tập huấn nghiệp vụ coi thi, nâng cao ý thức trách nhiệm và đạo đức nhà giáo trong thực hiện nhiệm vụ thi."),
                List.of("Phụ huynh và Đoàn thanh niên hỗ trợ thí sinh ở xa điểm thi",
                        "Nhà trường phối hợp chính quyền thị trấn Liên Sơn và Đoàn thanh niên đưa đón, hỗ trợ chỗ ở cho thí sinh ở xa điểm thi."))) {
            Article a = articles.create(schoolEditor, lak, new ArticleDraft(ArticleKind.NEWS, story.get(0), null, story.get(1), "<p>" + story.get(1) + "</p>",
                    category, null, null, false, List.of("thi tốt nghiệp"), List.of(), null, null, null));
            articles.submit(schoolEditor, lak, a.id());
            articles.approve(schoolEditor, lak, a.id());
            articles.publish(schoolEditor, lak, a.id(), null);
        }
    }

    /** A plain banner in the Sở's blue: the demo has no designer's file, and any real one is uploaded the same way. */
    private static byte[] banner() {
        BufferedImage image = new BufferedImage(1200, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x0b, 0x3d, 0x6e), 1200, 300, new Color(0x1f, 0x7a, 0xc8)));
        g.fillRect(0, 0, 1200, 300);
        g.setColor(new Color(0xf5, 0xa7, 0x00));
        g.fillRect(0, 260, 1200, 16);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
