package vn.lantoa.newsroom;

import io.micronaut.core.annotation.Introspected;

@Introspected
public record StatusCount(ArticleStatus status, long n) {
}
