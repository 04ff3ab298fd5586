CREATE TABLE article_tag (
    unit_id    BIGINT       NOT NULL,
    article_id BIGINT       NOT NULL,
    tag        VARCHAR(60)  NOT NULL,
    tag_slug   VARCHAR(80)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (unit_id, article_id, tag_slug),
    KEY ix_article_tag_slug (unit_id, tag_slug),
    CONSTRAINT fk_article_tag_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article_attachment (
    unit_id    BIGINT NOT NULL,
    article_id BIGINT NOT NULL,
    file_id    BIGINT NOT NULL,
    sort_order INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, article_id, file_id),
    KEY ix_article_attachment_file (unit_id, file_id),
    CONSTRAINT fk_article_attachment_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    CONSTRAINT fk_article_attachment_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every saved version of an article, for the readable diff and for restoring.
CREATE TABLE article_revision (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id     BIGINT       NOT NULL,
    article_id  BIGINT       NOT NULL,
    number      INT          NOT NULL,
    title       VARCHAR(300) NOT NULL,
    summary     VARCHAR(1000) NULL,
    body_html   LONGTEXT     NOT NULL,
    note        VARCHAR(300) NULL,
    created_at  DATETIME(6)  NOT NULL,
    created_by  BIGINT       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_article_revision (unit_id, article_id, number),
    CONSTRAINT fk_article_revision_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Slugs an article had before, so that old links redirect to the new address.
CREATE TABLE article_slug_history (
    unit_id    BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    slug       VARCHAR(120) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    article_id BIGINT       NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (unit_id, kind, slug),
    CONSTRAINT fk_article_slug_history_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
