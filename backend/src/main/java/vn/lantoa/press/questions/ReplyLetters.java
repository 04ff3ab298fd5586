package vn.lantoa.press.questions;

import vn.lantoa.unit.OfficialIssuer;

import jakarta.inject.Singleton;
import vn.lantoa.people.UserRepository;
import vn.lantoa.platform.time.VietnamTime;
import vn.lantoa.platform.web.Pages;
import vn.lantoa.site.ArticlePdf;
import vn.lantoa.tenancy.Role;
import vn.lantoa.tenancy.UnitRef;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The written reply to a journalist (công văn trả lời) as an official letter laid out by Nghị định 30/2020: the unit under
 * its parent, the national title, number and symbol, place and date, the "V/v" line, "Kính gửi" the outlet, the answer, the
 * signer and "Nơi nhận". Made from the question as it was closed, so the same letter comes out every time it is opened.
 */
@Singleton
class ReplyLetters {

    private final UserRepository users;
    private final Pages pages;
    private final ArticlePdf pdf;
    private final OfficialIssuer issuer;

    ReplyLetters(UserRepository users, Pages pages, ArticlePdf pdf, OfficialIssuer issuer) {
        this.issuer = issuer;
        this.users = users;
        this.pages = pages;
        this.pdf = pdf;
    }

    byte[] pdf(UnitRef unit, Question q) {
        return pdf.fromHtml(new String(pages.html("press/questions/reply", letter(unit, q)), StandardCharsets.UTF_8));
    }

    static String fileName(Question q) {
        return "cong-van-tra-loi-" + q.code() + ".pdf";
    }

    ReplyLetter letter(UnitRef unit, Question q) {
        LocalDate on = q.sentAt() == null ? q.receivedOn() : LocalDate.ofInstant(q.sentAt(), VietnamTime.ZONE);
        String parent = issuer.parentName(unit);
        String sequence = q.code().substring(q.code().lastIndexOf('-') + 1).replaceFirst("^0+(?=.)", "");
        boolean declined = q.status() == QuestionStatus.DECLINED;
        String subject = (declined ? "V/v phản hồi đề nghị cung cấp thông tin của " : "V/v trả lời câu hỏi của ") + q.outletName();
        String opening = unit.name() + " nhận được đề nghị cung cấp thông tin của " + q.outletName() + " (phóng viên " + q.journalistName()
                + ") ngày " + VietnamTime.date(q.receivedOn()) + ". " + (declined ? unit.name() + " xin phản hồi như sau:" : unit.name() + " trả lời như sau:");
        // An open question's letter is a preview of its draft; a closed one's is what was sent.
        String text = q.answerText() != null ? q.answerText() : q.draftText() == null ? "" : q.draftText();
        List<String> paragraphs = new ArrayList<>(Arrays.stream(text.split("\\n+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        String signer = q.approvedBy() == null ? "" : users.findById(q.approvedBy()).map(u -> u.fullName()).orElse("");
        return new ReplyLetter(parent, unit.name(), sequence + "/" + OfficialIssuer.symbol(unit), issuer.place(unit) + ", ngày " + two(on.getDayOfMonth()) + " tháng "
                + two(on.getMonthValue()) + " năm " + on.getYear(), subject, q.outletName(), opening, paragraphs, signerTitle(unit, q), signer,
                List.of("Như trên", "Lưu: VT"));
    }

    private String signerTitle(UnitRef unit, Question q) {
        boolean spokesperson = q.approvedBy() != null && users.findMembersOf(unit.id()).stream().anyMatch(m -> m.id() == q.approvedBy().longValue()
                && m.roleList().contains(Role.SPOKESPERSON) && !m.roleList().contains(Role.COMMITTEE_HEAD));
        if (spokesperson) {
            return "NGƯỜI PHÁT NGÔN";
        }
        return OfficialIssuer.signerTitle(unit);
    }



    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
