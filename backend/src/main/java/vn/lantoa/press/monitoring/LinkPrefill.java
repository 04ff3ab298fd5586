package vn.lantoa.press.monitoring;

import jakarta.inject.Singleton;
import vn.lantoa.platform.time.VietnamTime;

/**
 * A pasted link read into the clipping form: what the page's Open Graph tags say fills the title, the day and the outlet
 * the person has not typed yet; a page that cannot be read leaves the form as it was, with the reason.
 */
@Singleton
class LinkPrefill {

    /** The form after reading, and the message key saying how it went. */
    record Result(ClippingInput form, String note, boolean ok) {
    }

    private final LinkReader reader;

    LinkPrefill(LinkReader reader) {
        this.reader = reader;
    }

    Result read(ClippingInput typed) {
        try {
            OpenGraph.Tags tags = OpenGraph.of(reader.fetch(typed.url()));
            if (tags.title() == null && tags.publishedOn() == null && tags.siteName() == null) {
                return new Result(typed, "press.clipping.read.nothing", false);
            }
            ClippingInput f = new ClippingInput(typed.url(), keep(typed.outletName(), tags.siteName()), typed.outletKind(),
                    keep(typed.title(), tags.title()), tags.publishedOn() == null ? typed.publishedOn() : VietnamTime.date(tags.publishedOn()),
                    typed.tone(), typed.topics(), typed.unitIds(), typed.reach(), typed.note(), typed.version());
            return new Result(f, "press.clipping.read.ok", true);
        } catch (LinkReader.Refused e) {
            return new Result(typed, "press.clipping.read." + e.reason().name(), false);
        }
    }

    private static String keep(String typed, String read) {
        return typed != null && !typed.isBlank() ? typed : read == null ? "" : read;
    }
}
