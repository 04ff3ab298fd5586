-- A unit's claim to a host name. unit.host_name holds only a name in use: one set by a platform admin, or one whose
-- claim was proved (a DNS TXT record or a file on the host holding the claim's token). A claim waiting for its proof
-- is never served and never used in links.
CREATE TABLE host_claim (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    unit_id            BIGINT       NOT NULL,
    host_name          VARCHAR(253) CHARACTER SET ascii COLLATE ascii_general_ci NOT NULL,
    token              VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- DNS_TXT or HTTP_FILE: the way last tried, and once verified the way that proved it
    method             VARCHAR(20)  NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         BIGINT       NULL,
    checked_at         DATETIME(6)  NULL,
    verified_at        DATETIME(6)  NULL,
    verified_by        BIGINT       NULL,
    -- why the last check failed: a message key and the part of the answer that was wrong
    last_error         VARCHAR(100) NULL,
    last_error_detail  VARCHAR(255) NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_host_claim_unit_host (unit_id, host_name),
    UNIQUE KEY uk_host_claim_token (token),
    KEY ix_host_claim_host (host_name),
    CONSTRAINT fk_host_claim_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
