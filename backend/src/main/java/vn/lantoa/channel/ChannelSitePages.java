package vn.lantoa.channel;

import vn.lantoa.site.SiteView;
import vn.lantoa.unit.Unit;

import java.util.List;

/** The public pages of channels: the list on every site and the printable poster. */
public final class ChannelSitePages {

    private ChannelSitePages() {
    }

    /** One channel as the site shows it, with the address of its QR code (own channels on this site, those above on theirs). */
    public record Item(Channel channel, String qrUrl, Unit owner) {
    }

    public record ListPage(SiteView site, List<Item> own, List<Item> above) {
    }

    /** The poster's channels carry their QR codes inline (PNG data), since the PDF renderer fetches nothing. */
    public record PosterItem(Channel channel, String qrData, Unit owner) {
    }

    public record PosterPage(SiteView site, List<PosterItem> own, List<PosterItem> above, String siteAddress) {
    }
}
