package vn.lantoa.newsroom;

import vn.lantoa.files.StoredFile;
import vn.lantoa.tenancy.UnitRef;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Public addresses of content. Images live at /anh/{unit id}/{year}/{file}: addresses that do not change when a
 * unit's slug does, and that nobody can guess (the file name is a random UUID). Other files are served at
 * /tep/{unit id}/{file id}/{name} only while something published links them.
 */
public final class Media {

    private Media() {
    }

    public static String imageUrl(StoredFile file, int width) {
        String key = file.objectKey();
        String path = key.substring(key.indexOf("/files/") + "/files/".length());
        return "/anh/" + file.unitId() + "/" + path + (width > 0 && file.imageWidths() != null ? "?w=" + width : "");
    }

    public static String fileUrl(StoredFile file) {
        return "/tep/" + file.unitId() + "/" + file.id() + "/" + URLEncoder.encode(file.originalName(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    public static String articleUrl(UnitRef unit, Article article) {
        return article.kind() == ArticleKind.PAGE ? "/" + unit.slug() + "/trang/" + article.slug() : "/" + unit.slug() + "/tin/" + article.slug();
    }

    static NewsroomPages.MediaItem item(StoredFile f) {
        return new NewsroomPages.MediaItem(f.id(), f.originalName(), f.isImage() ? imageUrl(f, 1600) : fileUrl(f),
                f.isImage() ? imageUrl(f, 400) : null, f.isImage());
    }
}
