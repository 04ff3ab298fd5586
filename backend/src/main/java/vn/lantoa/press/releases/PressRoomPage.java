package vn.lantoa.press.releases;

import vn.lantoa.files.StoredFile;
import vn.lantoa.site.SiteView;

import java.util.List;

/** The press room: its published releases and the media kit; the spokesperson and the unit's contacts come from the site's frame. */
public record PressRoomPage(SiteView site, List<PressRoom.Release> releases, List<StoredFile> kit) {
}
