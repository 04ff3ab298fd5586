package vn.lantoa.newsroom;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * A readable diff of two versions of an article: the text of each paragraph, heading, list item or table cell
 * is a line, compared with java-diff-utils; unchanged lines are kept so the change is read in context.
 */
public final class TextDiff {

    public enum Kind { SAME, ADDED, REMOVED }

    /** One line of the diff, as shown. */
    public record Line(Kind kind, String text) {

        public String cssClass() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private TextDiff() {
    }

    static List<Line> ofHtml(String before, String after) {
        return of(blocks(before), blocks(after));
    }

    static List<Line> of(List<String> before, List<String> after) {
        Patch<String> patch = DiffUtils.diff(before, after);
        List<Line> lines = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            while (position < start) {
                lines.add(new Line(Kind.SAME, before.get(position++)));
            }
            delta.getSource().getLines().forEach(l -> lines.add(new Line(Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new Line(Kind.ADDED, l)));
            position = start + delta.getSource().size();
        }
        while (position < before.size()) {
            lines.add(new Line(Kind.SAME, before.get(position++)));
        }
        return lines;
    }

    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, td, th, blockquote, pre, figcaption, caption";

    /** The innermost text blocks in reading order, then the images by their descriptions. */
    static List<String> blocks(String html) {
        Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        List<String> blocks = new ArrayList<>();
        for (Element e : body.select(BLOCKS)) {
            boolean hasInnerBlock = e.select(BLOCKS).size() > 1;
            String text = e.text().strip();
            if (!hasInnerBlock && !text.isEmpty()) {
                blocks.add(text);
            }
        }
        body.select("img").forEach(img -> blocks.add("[Ảnh: " + img.attr("alt") + "]"));
        return blocks;
    }
}
