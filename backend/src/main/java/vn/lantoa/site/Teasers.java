package vn.lantoa.site;

import jakarta.inject.Singleton;
import vn.lantoa.files.StoredFile;
import vn.lantoa.files.StoredFileRepository;
import vn.lantoa.newsroom.Article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Lists of articles with their cover photos, read in one query per list. */
@Singleton
class Teasers {

    private final StoredFileRepository files;

    Teasers(StoredFileRepository files) {
        this.files = files;
    }

    List<SitePages.Teaser> of(SiteFrame frame, List<Article> articles) {
        List<Long> coverIds = articles.stream().map(Article::coverFileId).filter(Objects::nonNull).distinct().toList();
        Map<Long, StoredFile> covers = new HashMap<>();
        if (!coverIds.isEmpty()) {
            files.findByUnitIdAndIds(frame.unit().id(), coverIds).forEach(f -> covers.put(f.id(), f));
        }
        return articles.stream().map(a -> new SitePages.Teaser(a, a.coverFileId() == null ? null : covers.get(a.coverFileId()),
                frame.category(a.categoryId()))).toList();
    }
}
