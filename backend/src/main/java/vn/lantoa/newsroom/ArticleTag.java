package vn.lantoa.newsroom;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("article_tag")
record ArticleTag(@EmbeddedId Key key, String tag) {

    @Embeddable
    record Key(Long unitId, Long articleId, String tagSlug) {
    }
}
