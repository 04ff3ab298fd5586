-- The statements this release of Lantoa sends to its database (every micronaut-data repository method, and
-- the hand-written SQL constants that prepare on its schema), with the migrations its schema has.
-- During a rolling upgrade, instances of this release run against the next release's schema:
-- UpgradeCompatibilityTest prepares every statement below after each newer migration (infra/UPGRADES.md).
-- Generated; regenerate when a release is cut (and after merging migrations), never by hand:
--   mvn -B -o -q -pl backend -am verify -Dtest=ReleaseQueriesTest -Dlantoa.release.write=true \
--       -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true
-- release: unreleased (migrations up to V96)
-- schema: 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 37 38 40 41 43 46 48 50 52 53 57 59 60 62 63 64 66 67 68 69 70 71 72 73 74 75 76 77 78 79 81 82 83 84 85 86 87 88 89 90 94 95 96

-- @ vn.lantoa.apikey.ApiKeyRepository#findRow(Long,Long)
SELECT k.id, k.unit_id, k.name, k.token_prefix, k.role, k.read_only, k.expires_at, k.created_at, k.last_used_at, k.revoked_at, u.full_name AS creator_name, u.email AS creator_email, u.status AS creator_status, u.platform_admin AS creator_platform_admin, (SELECT COUNT(*) FROM membership m WHERE m.user_id = k.created_by AND m.unit_id = k.unit_id AND m.role = 'UNIT_ADMIN') AS creator_admin_roles, un.closed_on AS unit_closed_on FROM api_key k JOIN app_user u ON u.id = k.created_by JOIN unit un ON un.id = k.unit_id WHERE k.unit_id = ? AND k.id = ?;

-- @ vn.lantoa.apikey.ApiKeyRepository#findRowsOf(Long)
SELECT k.id, k.unit_id, k.name, k.token_prefix, k.role, k.read_only, k.expires_at, k.created_at, k.last_used_at, k.revoked_at, u.full_name AS creator_name, u.email AS creator_email, u.status AS creator_status, u.platform_admin AS creator_platform_admin, (SELECT COUNT(*) FROM membership m WHERE m.user_id = k.created_by AND m.unit_id = k.unit_id AND m.role = 'UNIT_ADMIN') AS creator_admin_roles, un.closed_on AS unit_closed_on FROM api_key k JOIN app_user u ON u.id = k.created_by JOIN unit un ON un.id = k.unit_id WHERE k.unit_id = ? ORDER BY k.revoked_at IS NOT NULL, k.created_at DESC, k.id DESC;

-- @ vn.lantoa.apikey.ApiKeyRepository#revoke(Long,Long,Long,Instant)
UPDATE api_key SET revoked_at = ?, revoked_by = ? WHERE unit_id = ? AND id = ? AND revoked_at IS NULL;

-- @ vn.lantoa.apikey.ApiKeyRepository#save(ApiKey)
INSERT INTO `api_key` (`unit_id`,`name`,`token_prefix`,`token_hash`,`role`,`read_only`,`expires_at`,`created_by`,`created_at`,`last_used_at`,`revoked_at`,`revoked_by`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.audit.AuditRepository#countInSubtree(String,Instant,Instant,String,String)
SELECT COUNT(*) FROM audit_event e JOIN unit u ON u.id = e.unit_id WHERE u.path LIKE CONCAT(?, '%') AND e.occurred_at >= ? AND e.occurred_at < ? AND (? IS NULL OR e.actor_email LIKE ?) AND (? IS NULL OR e.action LIKE ?);

-- @ vn.lantoa.audit.AuditRepository#countInUnit(Long,Instant,Instant,String,String)
SELECT COUNT(*) FROM audit_event e WHERE e.unit_id = ? AND e.occurred_at >= ? AND e.occurred_at < ? AND (? IS NULL OR e.actor_email LIKE ?) AND (? IS NULL OR e.action LIKE ?);

-- @ vn.lantoa.audit.AuditRepository#findInSubtree(String,Instant,Instant,String,String,int,int)
SELECT e.id, e.unit_id, u.name AS unit_name, e.occurred_at, e.actor_email, e.action, e.entity_type, e.entity_id, e.summary, e.before_json, e.after_json FROM audit_event e JOIN unit u ON u.id = e.unit_id WHERE u.path LIKE CONCAT(?, '%') AND e.occurred_at >= ? AND e.occurred_at < ? AND (? IS NULL OR e.actor_email LIKE ?) AND (? IS NULL OR e.action LIKE ?) ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?;

-- @ vn.lantoa.audit.AuditRepository#findInUnit(Long,Instant,Instant,String,String,int,int)
SELECT e.id, e.unit_id, u.name AS unit_name, e.occurred_at, e.actor_email, e.action, e.entity_type, e.entity_id, e.summary, e.before_json, e.after_json FROM audit_event e JOIN unit u ON u.id = e.unit_id WHERE e.unit_id = ? AND e.occurred_at >= ? AND e.occurred_at < ? AND (? IS NULL OR e.actor_email LIKE ?) AND (? IS NULL OR e.action LIKE ?) ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?;

-- @ vn.lantoa.audit.AuditRepository#latestInUnit(Long,int)
SELECT e.id, e.unit_id, u.name AS unit_name, e.occurred_at, e.actor_email, e.action, e.entity_type, e.entity_id, e.summary, e.before_json, e.after_json FROM audit_event e JOIN unit u ON u.id = e.unit_id WHERE e.unit_id = ? ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?;

-- @ vn.lantoa.audit.AuditRepository#save(AuditEvent)
INSERT INTO `audit_event` (`unit_id`,`occurred_at`,`actor_user_id`,`actor_email`,`action`,`entity_type`,`entity_id`,`summary`,`before_json`,`after_json`) VALUES (?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.brand.SiteIdentityRepository#findByUnitId(Long)
SELECT site_identity_.`unit_id`,site_identity_.`version`,site_identity_.`logo_file_id`,site_identity_.`banner_file_id`,site_identity_.`main_colour`,site_identity_.`favicon_key`,site_identity_.`favicon_type`,site_identity_.`slideshow`,site_identity_.`created_at`,site_identity_.`updated_at`,site_identity_.`updated_by` FROM `site_identity` site_identity_ WHERE (site_identity_.`unit_id` = ?);

-- @ vn.lantoa.brand.SiteIdentityRepository#save(SiteIdentity)
INSERT INTO `site_identity` (`logo_file_id`,`banner_file_id`,`main_colour`,`favicon_key`,`favicon_type`,`slideshow`,`created_at`,`updated_at`,`updated_by`,`version`,`unit_id`) VALUES (?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.brand.SiteIdentityRepository#update(SiteIdentity)
UPDATE `site_identity` SET `logo_file_id`=?,`banner_file_id`=?,`main_colour`=?,`favicon_key`=?,`favicon_type`=?,`slideshow`=?,`updated_at`=?,`updated_by`=?,`version`=? WHERE (`unit_id` = ? AND `version` = ?);

-- @ vn.lantoa.calendar.DayOffRepository#delete(LocalDate)
DELETE FROM day_off WHERE off_date = ?;

-- @ vn.lantoa.calendar.DayOffRepository#existsById(LocalDate)
SELECT TRUE FROM `day_off` day_off_ WHERE (day_off_.`off_date` = ?);

-- @ vn.lantoa.calendar.DayOffRepository#findAllInOrder()
SELECT * FROM day_off ORDER BY off_date;

-- @ vn.lantoa.calendar.DayOffRepository#save(DayOff)
INSERT INTO `day_off` (`name`,`created_at`,`created_by`,`off_date`) VALUES (?,?,?,?);

-- @ vn.lantoa.campaign.CampaignRepository#addChosenTargets(Long,String,Long,Collection,String,String,Instant)
INSERT INTO campaign_target (campaign_id, unit_id, slug, category_id, added_at) SELECT ?, u.id, CASE WHEN EXISTS (SELECT 1 FROM category c WHERE c.unit_id = u.id AND c.slug = ?) THEN ? ELSE ? END, NULL, ? FROM unit u WHERE u.path LIKE CONCAT(?, '%') AND u.id <> ? AND u.closed_on IS NULL AND NOT EXISTS (SELECT 1 FROM campaign_target x WHERE x.campaign_id = ? AND x.unit_id = u.id) AND u.id IN (?);

-- @ vn.lantoa.campaign.CampaignRepository#addMaterials(Long,Long,Collection,Instant)
INSERT IGNORE INTO campaign_material (campaign_id, unit_id, file_id, added_at) SELECT ?, unit_id, id, ? FROM stored_file WHERE unit_id = ? AND id IN (?);

-- @ vn.lantoa.campaign.CampaignRepository#addTargets(Long,String,Long,String,String,Integer,String,String,Instant)
INSERT INTO campaign_target (campaign_id, unit_id, slug, category_id, added_at) SELECT ?, u.id, CASE WHEN EXISTS (SELECT 1 FROM category c WHERE c.unit_id = u.id AND c.slug = ?) THEN ? ELSE ? END, NULL, ? FROM unit u WHERE u.path LIKE CONCAT(?, '%') AND u.id <> ? AND u.closed_on IS NULL AND NOT EXISTS (SELECT 1 FROM campaign_target x WHERE x.campaign_id = ? AND x.unit_id = u.id) AND (? IS NULL OR u.type = ?) AND (? IS NULL OR u.school_level = ?) AND (? IS NULL OR u.depth <= ?);

-- @ vn.lantoa.campaign.CampaignRepository#archiveCategories(Long)
UPDATE category c JOIN campaign_target t ON t.category_id = c.id AND t.unit_id = c.unit_id SET c.sort_order = 1000 WHERE t.campaign_id = ? AND c.sort_order = 0;

-- @ vn.lantoa.campaign.CampaignRepository#categoryIn(Long,Long)
SELECT category_id FROM campaign_target WHERE campaign_id = ? AND unit_id = ? AND category_id IS NOT NULL;

-- @ vn.lantoa.campaign.CampaignRepository#children(Long)
SELECT id, name FROM unit WHERE parent_id = ? ORDER BY name;

-- @ vn.lantoa.campaign.CampaignRepository#counts(Long)
SELECT u.id AS unit_id, u.name AS unit_name, u.path, u.depth, u.slug AS site_slug, t.category_id, t.slug AS category_slug, COUNT(a.id) AS published, MAX(a.published_at) AS last_published FROM campaign_target t JOIN unit u ON u.id = t.unit_id LEFT JOIN article a ON a.unit_id = t.unit_id AND a.category_id = t.category_id AND a.status = 'PUBLISHED' WHERE t.campaign_id = ? GROUP BY u.id, u.name, u.path, u.depth, u.slug, t.category_id, t.slug ORDER BY u.path;

-- @ vn.lantoa.campaign.CampaignRepository#createCategories(Long,String,Instant)
INSERT INTO category (unit_id, name, slug, description, sort_order, created_at, updated_at, version) SELECT t.unit_id, ?, t.slug, NULL, 0, ?, ?, 0 FROM campaign_target t WHERE t.campaign_id = ? AND t.added_at = ? AND t.category_id IS NULL;

-- @ vn.lantoa.campaign.CampaignRepository#findByUnitIdAndId(Long,Long)
SELECT campaign_.`id`,campaign_.`version`,campaign_.`unit_id`,campaign_.`name`,campaign_.`category_name`,campaign_.`category_slug`,campaign_.`audience`,campaign_.`starts_on`,campaign_.`ends_on`,campaign_.`ended_at`,campaign_.`banner_file_id`,campaign_.`banner_alt`,campaign_.`key_messages`,campaign_.`shown_state`,campaign_.`created_at`,campaign_.`created_by`,campaign_.`updated_at`,campaign_.`updated_by` FROM `campaign` campaign_ WHERE (campaign_.`unit_id` = ? AND campaign_.`id` = ?);

-- @ vn.lantoa.campaign.CampaignRepository#findForTarget(Long,Long)
SELECT c.* FROM campaign c JOIN campaign_target t ON t.campaign_id = c.id AND t.unit_id = ? WHERE c.id = ?;

-- @ vn.lantoa.campaign.CampaignRepository#findLaunched(Long,int)
SELECT c.id, c.name, c.starts_on, c.ends_on, c.ended_at, c.audience, c.category_name, COUNT(DISTINCT t.unit_id) AS targets, COUNT(a.id) AS published FROM campaign c LEFT JOIN campaign_target t ON t.campaign_id = c.id LEFT JOIN article a ON a.unit_id = t.unit_id AND a.category_id = t.category_id AND a.status = 'PUBLISHED' WHERE c.unit_id = ? GROUP BY c.id ORDER BY c.starts_on DESC, c.id DESC LIMIT ?;

-- @ vn.lantoa.campaign.CampaignRepository#findReceived(Long,LocalDate,int)
SELECT c.id, c.name, c.unit_id AS from_unit_id, u.name AS from_unit_name, c.starts_on, c.ends_on, c.ended_at, t.category_id, t.slug AS category_slug, c.category_name, (SELECT COUNT(*) FROM article a WHERE a.unit_id = t.unit_id AND a.category_id = t.category_id AND a.status = 'PUBLISHED') AS published FROM campaign_target t JOIN campaign c ON c.id = t.campaign_id JOIN unit u ON u.id = c.unit_id WHERE t.unit_id = ? AND (? IS NULL OR (c.ended_at IS NULL AND c.ends_on >= ?)) ORDER BY c.ends_on DESC, c.id DESC LIMIT ?;

-- @ vn.lantoa.campaign.CampaignRepository#findReceivedOne(Long,Long)
SELECT c.id, c.name, c.unit_id AS from_unit_id, u.name AS from_unit_name, c.starts_on, c.ends_on, c.ended_at, t.category_id, t.slug AS category_slug, c.category_name, (SELECT COUNT(*) FROM article a WHERE a.unit_id = t.unit_id AND a.category_id = t.category_id AND a.status = 'PUBLISHED') AS published FROM campaign_target t JOIN campaign c ON c.id = t.campaign_id JOIN unit u ON u.id = c.unit_id WHERE t.unit_id = ? AND c.id = ?;

-- @ vn.lantoa.campaign.CampaignRepository#findShownOnSite(Long,LocalDate)
SELECT c.id, c.unit_id, c.name, c.banner_file_id, c.banner_alt, c.key_messages, c.starts_on, c.ends_on, t.slug AS category_slug FROM campaign_target t JOIN campaign c ON c.id = t.campaign_id WHERE t.unit_id = ? AND t.category_id IS NOT NULL AND c.ended_at IS NULL AND c.ends_on >= ? ORDER BY c.ends_on, c.id;

-- @ vn.lantoa.campaign.CampaignRepository#findStateChanged$WithoutTenancy(LocalDate)
SELECT * FROM campaign WHERE (shown_state = 'UPCOMING' AND (starts_on <= ? OR ended_at IS NOT NULL OR ends_on < ?)) OR (shown_state = 'RUNNING' AND (ends_on < ? OR ended_at IS NOT NULL));

-- @ vn.lantoa.campaign.CampaignRepository#isMaterial(Long,Long,Long)
SELECT COUNT(*) FROM campaign_material WHERE unit_id = ? AND campaign_id = ? AND file_id = ?;

-- @ vn.lantoa.campaign.CampaignRepository#linkCategories(Long,Instant)
UPDATE campaign_target t JOIN category c ON c.unit_id = t.unit_id AND c.slug = t.slug SET t.category_id = c.id WHERE t.campaign_id = ? AND t.added_at = ? AND t.category_id IS NULL;

-- @ vn.lantoa.campaign.CampaignRepository#markShown(Long,Long,String)
UPDATE campaign SET shown_state = ? WHERE id = ? AND unit_id = ?;

-- @ vn.lantoa.campaign.CampaignRepository#materials(Long,Long)
SELECT f.id, f.original_name, f.content_type, f.size_bytes FROM campaign_material m JOIN stored_file f ON f.id = m.file_id AND f.unit_id = m.unit_id WHERE m.unit_id = ? AND m.campaign_id = ? ORDER BY m.added_at, f.original_name;

-- @ vn.lantoa.campaign.CampaignRepository#openUnitsBelow(Long)
SELECT COUNT(*) FROM unit WHERE parent_id = ? AND closed_on IS NULL;

-- @ vn.lantoa.campaign.CampaignRepository#removeMaterial(Long,Long,Long)
DELETE FROM campaign_material WHERE unit_id = ? AND campaign_id = ? AND file_id = ?;

-- @ vn.lantoa.campaign.CampaignRepository#save(Campaign)
INSERT INTO `campaign` (`unit_id`,`name`,`category_name`,`category_slug`,`audience`,`starts_on`,`ends_on`,`ended_at`,`banner_file_id`,`banner_alt`,`key_messages`,`shown_state`,`created_at`,`created_by`,`updated_at`,`updated_by`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.campaign.CampaignRepository#targetIds(Long)
SELECT unit_id FROM campaign_target WHERE campaign_id = ?;

-- @ vn.lantoa.campaign.CampaignRepository#targetsAddedAt(Long,Instant)
SELECT unit_id FROM campaign_target WHERE campaign_id = ? AND added_at = ?;

-- @ vn.lantoa.campaign.CampaignRepository#unitsBelow(String,Long,int)
SELECT id, name, depth FROM unit WHERE path LIKE CONCAT(?, '%') AND id <> ? AND closed_on IS NULL ORDER BY path LIMIT ?;

-- @ vn.lantoa.campaign.CampaignRepository#update(Campaign)
UPDATE `campaign` SET `unit_id`=?,`name`=?,`category_name`=?,`category_slug`=?,`audience`=?,`starts_on`=?,`ends_on`=?,`ended_at`=?,`banner_file_id`=?,`banner_alt`=?,`key_messages`=?,`shown_state`=?,`created_at`=?,`created_by`=?,`updated_at`=?,`updated_by`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.channel.ChannelRepository#deleteOwn(long,long)
DELETE FROM unit_channel WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.channel.ChannelRepository#findActive(long)
SELECT * FROM unit_channel WHERE unit_id = ? AND active = TRUE ORDER BY sort_order, id;

-- @ vn.lantoa.channel.ChannelRepository#findActiveOfUnits(List)
SELECT * FROM unit_channel WHERE unit_id IN (?) AND active = TRUE ORDER BY unit_id, sort_order, id;

-- @ vn.lantoa.channel.ChannelRepository#findByUnit(long)
SELECT * FROM unit_channel WHERE unit_id = ? ORDER BY sort_order, id;

-- @ vn.lantoa.channel.ChannelRepository#findByUnitIdAndId(long,long)
SELECT channel_.`id`,channel_.`version`,channel_.`unit_id`,channel_.`kind`,channel_.`name`,channel_.`address`,channel_.`person_user_id`,channel_.`person_name`,channel_.`phone`,channel_.`sort_order`,channel_.`active`,channel_.`created_at`,channel_.`updated_at`,channel_.`updated_by` FROM `unit_channel` channel_ WHERE (channel_.`unit_id` = ? AND channel_.`id` = ?);

-- @ vn.lantoa.channel.ChannelRepository#maxSortOrder(long)
SELECT COALESCE(MAX(sort_order), 0) FROM unit_channel WHERE unit_id = ?;

-- @ vn.lantoa.channel.ChannelRepository#save(Channel)
INSERT INTO `unit_channel` (`unit_id`,`kind`,`name`,`address`,`person_user_id`,`person_name`,`phone`,`sort_order`,`active`,`created_at`,`updated_at`,`updated_by`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.channel.ChannelRepository#update(Channel)
UPDATE `unit_channel` SET `unit_id`=?,`kind`=?,`name`=?,`address`=?,`person_user_id`=?,`person_name`=?,`phone`=?,`sort_order`=?,`active`=?,`created_at`=?,`updated_at`=?,`updated_by`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.committee.CommitteeMemberRepository#clearSpokespersonExcept(Long,Long)
UPDATE committee_member SET spokesperson = FALSE, version = version + 1 WHERE unit_id = ? AND spokesperson = TRUE AND id <> ?;

-- @ vn.lantoa.committee.CommitteeMemberRepository#countByUnitId(Long)
SELECT COUNT(*) FROM `committee_member` committee_member_ WHERE (committee_member_.`unit_id` = ?);

-- @ vn.lantoa.committee.CommitteeMemberRepository#deleteByUnitIdAndId(Long,Long)
DELETE FROM `committee_member` WHERE (`unit_id` = ? AND `id` = ?);

-- @ vn.lantoa.committee.CommitteeMemberRepository#findByUnit(Long)
SELECT * FROM committee_member WHERE unit_id = ? ORDER BY sort_order, id;

-- @ vn.lantoa.committee.CommitteeMemberRepository#findByUnitIdAndId(Long,Long)
SELECT committee_member_.`id`,committee_member_.`version`,committee_member_.`unit_id`,committee_member_.`full_name`,committee_member_.`job_title`,committee_member_.`committee_role`,committee_member_.`duties`,committee_member_.`phone`,committee_member_.`email`,committee_member_.`user_id`,committee_member_.`spokesperson`,committee_member_.`sort_order`,committee_member_.`created_at`,committee_member_.`updated_at`,committee_member_.`updated_by` FROM `committee_member` committee_member_ WHERE (committee_member_.`unit_id` = ? AND committee_member_.`id` = ?);

-- @ vn.lantoa.committee.CommitteeMemberRepository#save(CommitteeMember)
INSERT INTO `committee_member` (`unit_id`,`full_name`,`job_title`,`committee_role`,`duties`,`phone`,`email`,`user_id`,`spokesperson`,`sort_order`,`created_at`,`updated_at`,`updated_by`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.committee.CommitteeMemberRepository#update(CommitteeMember)
UPDATE `committee_member` SET `unit_id`=?,`full_name`=?,`job_title`=?,`committee_role`=?,`duties`=?,`phone`=?,`email`=?,`user_id`=?,`spokesperson`=?,`sort_order`=?,`updated_at`=?,`updated_by`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.committee.CommitteeRepository#findByUnitId(Long)
SELECT committee_.`unit_id`,committee_.`version`,committee_.`decision_number`,committee_.`decision_date`,committee_.`hotline_phone`,committee_.`hotline_email`,committee_.`note`,committee_.`created_at`,committee_.`updated_at`,committee_.`updated_by` FROM `committee` committee_ WHERE (committee_.`unit_id` = ?);

-- @ vn.lantoa.committee.CommitteeRepository#save(Committee)
INSERT INTO `committee` (`decision_number`,`decision_date`,`hotline_phone`,`hotline_email`,`note`,`created_at`,`updated_at`,`updated_by`,`version`,`unit_id`) VALUES (?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.committee.CommitteeRepository#update(Committee)
UPDATE `committee` SET `decision_number`=?,`decision_date`=?,`hotline_phone`=?,`hotline_email`=?,`note`=?,`updated_at`=?,`updated_by`=?,`version`=? WHERE (`unit_id` = ? AND `version` = ?);

-- @ vn.lantoa.desk.CaseStepRepository#history(long,long)
SELECT * FROM desk_case_step WHERE unit_id = ? AND case_id = ? ORDER BY at, id;

-- @ vn.lantoa.desk.CaseStepRepository#save(CaseStep)
INSERT INTO `desk_case_step` (`unit_id`,`case_id`,`kind`,`at`,`actor_id`,`actor_name`,`detail`,`public_step`) VALUES (?,?,?,?,?,?,?,?);

-- @ vn.lantoa.desk.DeskCaseRepository#existsByUnitIdAndCode(long,String)
SELECT TRUE FROM `desk_case` desk_case_ WHERE (desk_case_.`unit_id` = ? AND desk_case_.`code` = ?);

-- @ vn.lantoa.desk.DeskCaseRepository#findByUnitIdAndId(long,long)
SELECT desk_case_.`id`,desk_case_.`version`,desk_case_.`unit_id`,desk_case_.`code`,desk_case_.`follow_token_hash`,desk_case_.`channel`,desk_case_.`topic`,desk_case_.`concerned_unit_id`,desk_case_.`message`,desk_case_.`message_hash`,desk_case_.`search_text`,desk_case_.`citizen_name`,desk_case_.`citizen_phone`,desk_case_.`citizen_email`,desk_case_.`consent_at`,desk_case_.`source_hash`,desk_case_.`status`,desk_case_.`spam`,desk_case_.`assignee_id`,desk_case_.`received_at`,desk_case_.`acknowledged_at`,desk_case_.`answered_at`,desk_case_.`closed_at`,desk_case_.`acknowledge_due_at`,desk_case_.`answer_due_at`,desk_case_.`answer_text`,desk_case_.`result`,desk_case_.`created_at`,desk_case_.`updated_at` FROM `desk_case` desk_case_ WHERE (desk_case_.`unit_id` = ? AND desk_case_.`id` = ?);

-- @ vn.lantoa.desk.DeskCaseRepository#findDuplicate(long,String,Instant)
SELECT * FROM desk_case WHERE unit_id = ? AND message_hash = ? AND received_at >= ? ORDER BY id LIMIT 1;

-- @ vn.lantoa.desk.DeskCaseRepository#findFollowed(long,String)
SELECT * FROM desk_case c WHERE c.follow_token_hash = ? AND (c.unit_id = ? OR EXISTS ( SELECT 1 FROM desk_case_transfer t WHERE t.case_id = c.id AND t.kind = 'FORWARDED' AND t.from_unit_id = ?));

-- @ vn.lantoa.desk.DeskCaseRepository#findForUpdate(long,long)
SELECT * FROM desk_case WHERE unit_id = ? AND id = ? FOR UPDATE;

-- @ vn.lantoa.desk.DeskCaseRepository#openCases(long)
SELECT * FROM desk_case WHERE unit_id = ? AND spam = FALSE AND status IN ('MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY', 'CHO_BO_SUNG') ORDER BY received_at LIMIT 2000;

-- @ vn.lantoa.desk.DeskCaseRepository#queue(long,String,String,Long,String)
SELECT * FROM desk_case WHERE unit_id = ? AND spam = FALSE AND (? IS NULL OR status = ?) AND (? IS NULL OR topic = ?) AND (? IS NULL OR assignee_id = ?) AND search_text LIKE ? ORDER BY CASE WHEN status IN ('DA_TRA_LOI', 'DA_DONG') THEN 1 ELSE 0 END, received_at, id LIMIT 500;

-- @ vn.lantoa.desk.DeskCaseRepository#save(DeskCase)
INSERT INTO `desk_case` (`unit_id`,`code`,`follow_token_hash`,`channel`,`topic`,`concerned_unit_id`,`message`,`message_hash`,`search_text`,`citizen_name`,`citizen_phone`,`citizen_email`,`consent_at`,`source_hash`,`status`,`spam`,`assignee_id`,`received_at`,`acknowledged_at`,`answered_at`,`closed_at`,`acknowledge_due_at`,`answer_due_at`,`answer_text`,`result`,`created_at`,`updated_at`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.desk.DeskCaseRepository#update(DeskCase)
UPDATE `desk_case` SET `unit_id`=?,`code`=?,`follow_token_hash`=?,`channel`=?,`topic`=?,`concerned_unit_id`=?,`message`=?,`message_hash`=?,`search_text`=?,`citizen_name`=?,`citizen_phone`=?,`citizen_email`=?,`consent_at`=?,`source_hash`=?,`status`=?,`spam`=?,`assignee_id`=?,`received_at`=?,`acknowledged_at`=?,`answered_at`=?,`closed_at`=?,`acknowledge_due_at`=?,`answer_due_at`=?,`answer_text`=?,`result`=?,`created_at`=?,`updated_at`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.desk.api.CaseApiRepository#countForApi(long,boolean,String,String,String,Long,String,Instant,Boolean,Instant)
SELECT COUNT(*) FROM desk_case WHERE unit_id = ? AND spam = ? AND (? IS NULL OR status = ?) AND (? IS NULL OR topic = ?) AND (? IS NULL OR channel = ?) AND (? IS NULL OR assignee_id = ?) AND search_text LIKE ? AND (? IS NULL OR updated_at >= ?) AND (? IS NULL OR (answered_at IS NULL AND status <> 'DA_DONG' AND ((acknowledged_at IS NULL AND acknowledge_due_at < ?) OR (acknowledged_at IS NOT NULL AND answer_due_at < ?))) = ?);

-- @ vn.lantoa.desk.api.CaseApiRepository#findByUnitIdAndId(long,long)
SELECT desk_case_.`id`,desk_case_.`version`,desk_case_.`unit_id`,desk_case_.`code`,desk_case_.`follow_token_hash`,desk_case_.`channel`,desk_case_.`topic`,desk_case_.`concerned_unit_id`,desk_case_.`message`,desk_case_.`message_hash`,desk_case_.`search_text`,desk_case_.`citizen_name`,desk_case_.`citizen_phone`,desk_case_.`citizen_email`,desk_case_.`consent_at`,desk_case_.`source_hash`,desk_case_.`status`,desk_case_.`spam`,desk_case_.`assignee_id`,desk_case_.`received_at`,desk_case_.`acknowledged_at`,desk_case_.`answered_at`,desk_case_.`closed_at`,desk_case_.`acknowledge_due_at`,desk_case_.`answer_due_at`,desk_case_.`answer_text`,desk_case_.`result`,desk_case_.`created_at`,desk_case_.`updated_at` FROM `desk_case` desk_case_ WHERE (desk_case_.`unit_id` = ? AND desk_case_.`id` = ?);

-- @ vn.lantoa.desk.api.CaseApiRepository#findForApi(long,boolean,String,String,String,Long,String,Instant,Boolean,Instant,String,int,int)
SELECT * FROM desk_case WHERE unit_id = ? AND spam = ? AND (? IS NULL OR status = ?) AND (? IS NULL OR topic = ?) AND (? IS NULL OR channel = ?) AND (? IS NULL OR assignee_id = ?) AND search_text LIKE ? AND (? IS NULL OR updated_at >= ?) AND (? IS NULL OR (answered_at IS NULL AND status <> 'DA_DONG' AND ((acknowledged_at IS NULL AND acknowledge_due_at < ?) OR (acknowledged_at IS NOT NULL AND answer_due_at < ?))) = ?) ORDER BY CASE WHEN ? = 'receivedAt' THEN received_at END, CASE WHEN ? = 'updatedAt' THEN updated_at END, CASE WHEN ? = '-updatedAt' THEN updated_at END DESC, CASE WHEN ? = 'code' THEN code END, CASE WHEN ? = '-code' THEN code END DESC, CASE WHEN ? = 'status' THEN FIELD(status, 'MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY', 'CHO_BO_SUNG', 'DA_TRA_LOI', 'DA_DONG') END, CASE WHEN ? = '-status' THEN FIELD(status, 'MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY', 'CHO_BO_SUNG', 'DA_TRA_LOI', 'DA_DONG') END DESC, CASE WHEN ? = 'receivedAt' THEN id END, received_at DESC, id DESC LIMIT ? OFFSET ?;

-- @ vn.lantoa.desk.api.CaseStepApiRepository#history(long,long)
SELECT * FROM desk_case_step WHERE unit_id = ? AND case_id = ? ORDER BY at, id;

-- @ vn.lantoa.desk.attach.DeskAttachmentRepository#deleteOfCase$WithoutTenancy(long)
DELETE FROM desk_case_attachment WHERE case_id = ?;

-- @ vn.lantoa.desk.attach.DeskAttachmentRepository#existingKeys$WithoutTenancy(Collection)
SELECT object_key FROM desk_case_attachment WHERE object_key IN (?);

-- @ vn.lantoa.desk.attach.DeskAttachmentRepository#find(long,long,long)
SELECT * FROM desk_case_attachment WHERE unit_id = ? AND case_id = ? AND id = ?;

-- @ vn.lantoa.desk.attach.DeskAttachmentRepository#ofCase$WithoutTenancy(long)
SELECT * FROM desk_case_attachment WHERE case_id = ? ORDER BY id;

-- @ vn.lantoa.desk.attach.DeskAttachmentRepository#ofCase(long,long)
SELECT * FROM desk_case_attachment WHERE unit_id = ? AND case_id = ? ORDER BY id;

-- @ vn.lantoa.desk.attach.DeskAttachmentRepository#save(DeskAttachment)
INSERT INTO `desk_case_attachment` (`case_id`,`unit_id`,`object_key`,`file_name`,`content_type`,`size_bytes`,`sha256`,`created_at`) VALUES (?,?,?,?,?,?,?,?);

-- @ vn.lantoa.desk.digest.DigestCases#owed$WithoutTenancy(Instant)
SELECT * FROM desk_case WHERE spam = FALSE AND answered_at IS NULL AND status IN ('MOI', 'DA_TIEP_NHAN', 'DANG_XU_LY', 'CHO_BO_SUNG') AND (answer_due_at IS NULL OR acknowledge_due_at IS NULL OR CASE WHEN acknowledged_at IS NULL THEN acknowledge_due_at ELSE answer_due_at END <= ?) ORDER BY unit_id, received_at, id;

-- @ vn.lantoa.desk.privacy.ErasureSteps#eraseTexts(long,long,String)
UPDATE desk_case_step SET detail = CASE WHEN kind = 'FORWARDED' AND LOCATE(CHAR(10 USING utf8mb4), detail) > 0 THEN CONCAT(SUBSTRING_INDEX(detail, CHAR(10 USING utf8mb4), 1), CHAR(10 USING utf8mb4), ?) ELSE ? END WHERE unit_id = ? AND case_id = ? AND detail IS NOT NULL AND kind NOT IN ('ASSIGNED', 'ESCALATED');

-- @ vn.lantoa.desk.privacy.ErasureSteps#existsByUnitIdAndCaseIdAndKind(long,long,StepKind)
SELECT TRUE FROM `desk_case_step` case_step_ WHERE (case_step_.`unit_id` = ? AND case_step_.`case_id` = ? AND case_step_.`kind` = ?);

-- @ vn.lantoa.desk.privacy.ErasureSteps#save(CaseStep)
INSERT INTO `desk_case_step` (`unit_id`,`case_id`,`kind`,`at`,`actor_id`,`actor_name`,`detail`,`public_step`) VALUES (?,?,?,?,?,?,?,?);

-- @ vn.lantoa.desk.privacy.RetentionCases#dueForErasure$WithoutTenancy(Instant,int)
SELECT * FROM desk_case WHERE erased_at IS NULL AND closed_at < ? ORDER BY closed_at, id LIMIT ?;

-- @ vn.lantoa.desk.privacy.RetentionCases#erase(long,long,String,String,String,Instant)
UPDATE desk_case SET citizen_name = NULL, citizen_phone = NULL, citizen_email = NULL, source_hash = NULL, follow_token_hash = NULL, message = ?, message_hash = ?, search_text = ?, answer_text = CASE WHEN answer_text IS NULL THEN NULL ELSE ? END, result = CASE WHEN result IS NULL THEN NULL ELSE ? END, erased_at = ?, updated_at = ?, version = version + 1 WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.desk.privacy.RetentionCases#findForUpdate(long,long)
SELECT * FROM desk_case WHERE unit_id = ? AND id = ? AND erased_at IS NULL FOR UPDATE;

-- @ vn.lantoa.desk.qa.QaRepository#findByUnitIdAndCaseId(long,long)
SELECT qa_.`id`,qa_.`version`,qa_.`unit_id`,qa_.`case_id`,qa_.`topic`,qa_.`question`,qa_.`answer`,qa_.`search_text`,qa_.`removed`,qa_.`published`,qa_.`published_at`,qa_.`created_by`,qa_.`created_at`,qa_.`updated_at` FROM `desk_qa` qa_ WHERE (qa_.`unit_id` = ? AND qa_.`case_id` = ?);

-- @ vn.lantoa.desk.qa.QaRepository#findByUnitIdAndId(long,long)
SELECT qa_.`id`,qa_.`version`,qa_.`unit_id`,qa_.`case_id`,qa_.`topic`,qa_.`question`,qa_.`answer`,qa_.`search_text`,qa_.`removed`,qa_.`published`,qa_.`published_at`,qa_.`created_by`,qa_.`created_at`,qa_.`updated_at` FROM `desk_qa` qa_ WHERE (qa_.`unit_id` = ? AND qa_.`id` = ?);

-- @ vn.lantoa.desk.qa.QaRepository#findForUpdate(long,long)
SELECT * FROM desk_qa WHERE unit_id = ? AND id = ? FOR UPDATE;

-- @ vn.lantoa.desk.qa.QaRepository#findPublished(long,long)
SELECT * FROM desk_qa WHERE unit_id = ? AND published = TRUE AND id = ?;

-- @ vn.lantoa.desk.qa.QaRepository#forgetRemoved$WithoutTenancy(long)
UPDATE desk_qa SET removed = NULL WHERE case_id = ? AND removed IS NOT NULL;

-- @ vn.lantoa.desk.qa.QaRepository#listAll(long)
SELECT * FROM desk_qa WHERE unit_id = ? ORDER BY published, COALESCE(published_at, created_at) DESC, id DESC LIMIT 500;

-- @ vn.lantoa.desk.qa.QaRepository#published(long,String,String,int)
SELECT * FROM desk_qa WHERE unit_id = ? AND published = TRUE AND (? IS NULL OR topic = ?) AND search_text LIKE ? ORDER BY published_at DESC, id DESC LIMIT ?;

-- @ vn.lantoa.desk.qa.QaRepository#publishedTopics(long)
SELECT DISTINCT topic FROM desk_qa WHERE unit_id = ? AND published = TRUE;

-- @ vn.lantoa.desk.qa.QaRepository#save(Qa)
INSERT INTO `desk_qa` (`unit_id`,`case_id`,`topic`,`question`,`answer`,`search_text`,`removed`,`published`,`published_at`,`created_by`,`created_at`,`updated_at`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.desk.qa.QaRepository#update(Qa)
UPDATE `desk_qa` SET `unit_id`=?,`case_id`=?,`topic`=?,`question`=?,`answer`=?,`search_text`=?,`removed`=?,`published`=?,`published_at`=?,`created_by`=?,`created_at`=?,`updated_at`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.desk.register.IssueRepository#findByUnitIdAndId(long,long)
SELECT issue_.`id`,issue_.`version`,issue_.`unit_id`,issue_.`title`,issue_.`source`,issue_.`link`,issue_.`first_seen_on`,issue_.`severity`,issue_.`status`,issue_.`handling`,issue_.`result`,issue_.`search_text`,issue_.`resolved_at`,issue_.`created_at`,issue_.`updated_at`,issue_.`created_by`,issue_.`updated_by` FROM `public_opinion_issue` issue_ WHERE (issue_.`unit_id` = ? AND issue_.`id` = ?);

-- @ vn.lantoa.desk.register.IssueRepository#findForUpdate(long,long)
SELECT * FROM public_opinion_issue WHERE unit_id = ? AND id = ? FOR UPDATE;

-- @ vn.lantoa.desk.register.IssueRepository#save(Issue)
INSERT INTO `public_opinion_issue` (`unit_id`,`title`,`source`,`link`,`first_seen_on`,`severity`,`status`,`handling`,`result`,`search_text`,`resolved_at`,`created_at`,`updated_at`,`created_by`,`updated_by`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.desk.register.IssueRepository#update(Issue)
UPDATE `public_opinion_issue` SET `unit_id`=?,`title`=?,`source`=?,`link`=?,`first_seen_on`=?,`severity`=?,`status`=?,`handling`=?,`result`=?,`search_text`=?,`resolved_at`=?,`created_at`=?,`updated_at`=?,`created_by`=?,`updated_by`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.desk.settings.TopicSettingRepository#deleteOwn(long)
DELETE FROM desk_topic_setting WHERE unit_id = ?;

-- @ vn.lantoa.desk.settings.TopicSettingRepository#findByUnitIdIn(Collection)
SELECT topic_setting_.`id`,topic_setting_.`unit_id`,topic_setting_.`topic`,topic_setting_.`hidden`,topic_setting_.`label`,topic_setting_.`acknowledge_days`,topic_setting_.`answer_days`,topic_setting_.`updated_at`,topic_setting_.`updated_by` FROM `desk_topic_setting` topic_setting_ WHERE (topic_setting_.`unit_id` IN (?));

-- @ vn.lantoa.desk.settings.TopicSettingRepository#save(TopicSetting)
INSERT INTO `desk_topic_setting` (`unit_id`,`topic`,`hidden`,`label`,`acknowledge_days`,`answer_days`,`updated_at`,`updated_by`) VALUES (?,?,?,?,?,?,?,?);

-- @ vn.lantoa.desk.tree.TransferRepository#eraseReasons(long,String)
UPDATE desk_case_transfer SET reason = ? WHERE case_id = ? AND reason IS NOT NULL;

-- @ vn.lantoa.desk.tree.TransferRepository#exists(long,String,long)
SELECT COUNT(*) > 0 FROM desk_case_transfer WHERE case_id = ? AND kind = ? AND to_unit_id = ?;

-- @ vn.lantoa.desk.tree.TransferRepository#moveAttachments(long,long,long)
UPDATE desk_case_attachment SET unit_id = ? WHERE case_id = ? AND unit_id = ?;

-- @ vn.lantoa.desk.tree.TransferRepository#moveCase(long,long,long,String,Long,Instant)
UPDATE desk_case SET unit_id = ?, code = ?, channel = 'FORWARDED', status = 'MOI', assignee_id = NULL, acknowledged_at = NULL, answered_at = NULL, concerned_unit_id = ?, updated_at = ?, version = version + 1 WHERE id = ? AND unit_id = ?;

-- @ vn.lantoa.desk.tree.TransferRepository#moveSteps(long,long,long)
UPDATE desk_case_step SET unit_id = ? WHERE case_id = ? AND unit_id = ?;

-- @ vn.lantoa.desk.tree.TransferRepository#ofCases(Collection)
SELECT * FROM desk_case_transfer WHERE case_id IN (?) ORDER BY at, id;

-- @ vn.lantoa.desk.tree.TransferRepository#save(CaseTransfer)
INSERT INTO `desk_case_transfer` (`case_id`,`kind`,`from_unit_id`,`to_unit_id`,`code`,`at`,`reason`,`actor_id`,`actor_name`) VALUES (?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.disclosure.DisclosureItemRepository#backdate(Long,Long,Instant)
UPDATE disclosure_item SET published_at = ? WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.disclosure.DisclosureItemRepository#findAllOf(Long)
SELECT * FROM disclosure_item WHERE unit_id = ? ORDER BY published_at DESC, id DESC;

-- @ vn.lantoa.disclosure.DisclosureItemRepository#findArchive(Long,Instant)
SELECT * FROM disclosure_item WHERE unit_id = ? AND published_at >= ? ORDER BY published_at DESC, id DESC LIMIT 1000;

-- @ vn.lantoa.disclosure.DisclosureItemRepository#findByUnitIdAndId(Long,Long)
SELECT disclosure_item_.`id`,disclosure_item_.`unit_id`,disclosure_item_.`requirement`,disclosure_item_.`period`,disclosure_item_.`title`,disclosure_item_.`body`,disclosure_item_.`file_id`,disclosure_item_.`published_at`,disclosure_item_.`replaced_by`,disclosure_item_.`created_by` FROM `disclosure_item` disclosure_item_ WHERE (disclosure_item_.`unit_id` = ? AND disclosure_item_.`id` = ?);

-- @ vn.lantoa.disclosure.DisclosureItemRepository#findCurrent(Long,Instant)
SELECT * FROM disclosure_item WHERE unit_id = ? AND replaced_by IS NULL AND published_at >= ? ORDER BY requirement, period DESC, published_at DESC;

-- @ vn.lantoa.disclosure.DisclosureItemRepository#findForUnits(Collection,Collection)
SELECT * FROM disclosure_item WHERE unit_id IN (?) AND period IN (?) ORDER BY published_at;

-- @ vn.lantoa.disclosure.DisclosureItemRepository#findRecent(Long,int)
SELECT * FROM disclosure_item WHERE unit_id = ? ORDER BY published_at DESC, id DESC LIMIT ?;

-- @ vn.lantoa.disclosure.DisclosureItemRepository#firstPublished(Collection,Collection)
SELECT unit_id, requirement, period, MIN(published_at) AS first_published_at FROM disclosure_item WHERE unit_id IN (?) AND period IN (?) GROUP BY unit_id, requirement, period;

-- @ vn.lantoa.disclosure.DisclosureItemRepository#isPublicFile(Long,Long)
SELECT COUNT(*) > 0 FROM disclosure_item WHERE unit_id = ? AND file_id = ?;

-- @ vn.lantoa.disclosure.DisclosureItemRepository#replace(Long,String,String,Long)
UPDATE disclosure_item SET replaced_by = ? WHERE unit_id = ? AND requirement = ? AND period = ? AND replaced_by IS NULL AND id <> ?;

-- @ vn.lantoa.disclosure.DisclosureItemRepository#save(DisclosureItem)
INSERT INTO `disclosure_item` (`unit_id`,`requirement`,`period`,`title`,`body`,`file_id`,`published_at`,`replaced_by`,`created_by`) VALUES (?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.disclosure.SchoolsBelow#below(String,int)
SELECT id, name, slug, path, school_level FROM unit WHERE path LIKE CONCAT(?, '%') AND type = 'SCHOOL' AND closed_on IS NULL ORDER BY path LIMIT ?;

-- @ vn.lantoa.files.StoredFileRepository#countByUnitId(Long)
SELECT COUNT(*) FROM `stored_file` stored_file_ WHERE (stored_file_.`unit_id` = ?);

-- @ vn.lantoa.files.StoredFileRepository#countOfUnit(Long,Instant)
SELECT COUNT(*) FROM stored_file WHERE unit_id = ? AND (? IS NULL OR created_at >= ?);

-- @ vn.lantoa.files.StoredFileRepository#deleteByUnitIdAndId(Long,Long)
DELETE FROM `stored_file` WHERE (`unit_id` = ? AND `id` = ?);

-- @ vn.lantoa.files.StoredFileRepository#existingKeys$WithoutTenancy(Collection)
SELECT object_key FROM stored_file WHERE object_key IN (?);

-- @ vn.lantoa.files.StoredFileRepository#findByUnit(Long,int,int)
SELECT * FROM stored_file WHERE unit_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?;

-- @ vn.lantoa.files.StoredFileRepository#findByUnitIdAndId(Long,Long)
SELECT stored_file_.`id`,stored_file_.`unit_id`,stored_file_.`object_key`,stored_file_.`original_name`,stored_file_.`content_type`,stored_file_.`size_bytes`,stored_file_.`sha256`,stored_file_.`created_at`,stored_file_.`created_by`,stored_file_.`image_widths` FROM `stored_file` stored_file_ WHERE (stored_file_.`unit_id` = ? AND stored_file_.`id` = ?);

-- @ vn.lantoa.files.StoredFileRepository#findByUnitIdAndIds(Long,Collection)
SELECT * FROM stored_file WHERE unit_id = ? AND id IN (?);

-- @ vn.lantoa.files.StoredFileRepository#findByUnitIdAndObjectKey(Long,String)
SELECT stored_file_.`id`,stored_file_.`unit_id`,stored_file_.`object_key`,stored_file_.`original_name`,stored_file_.`content_type`,stored_file_.`size_bytes`,stored_file_.`sha256`,stored_file_.`created_at`,stored_file_.`created_by`,stored_file_.`image_widths` FROM `stored_file` stored_file_ WHERE (stored_file_.`unit_id` = ? AND stored_file_.`object_key` = ?);

-- @ vn.lantoa.files.StoredFileRepository#findImages(Long,int)
SELECT * FROM stored_file WHERE unit_id = ? AND content_type LIKE 'image/%' ORDER BY created_at DESC, id DESC LIMIT ?;

-- @ vn.lantoa.files.StoredFileRepository#listOfUnit(Long,Instant,String,int,int)
SELECT * FROM stored_file WHERE unit_id = ? AND (? IS NULL OR created_at >= ?) ORDER BY CASE WHEN ? = 'name' THEN original_name END, CASE WHEN ? = '-name' THEN original_name END DESC, CASE WHEN ? = 'createdAt' THEN created_at END, created_at DESC, id DESC LIMIT ? OFFSET ?;

-- @ vn.lantoa.files.StoredFileRepository#listRows(Long,int,int)
SELECT f.id, f.original_name, f.content_type, f.size_bytes, f.created_at, u.full_name AS uploader_name FROM stored_file f LEFT JOIN app_user u ON u.id = f.created_by WHERE f.unit_id = ? ORDER BY f.created_at DESC, f.id DESC LIMIT ? OFFSET ?;

-- @ vn.lantoa.files.StoredFileRepository#save(StoredFile)
INSERT INTO `stored_file` (`unit_id`,`object_key`,`original_name`,`content_type`,`size_bytes`,`sha256`,`created_at`,`created_by`,`image_widths`) VALUES (?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.files.StoredFileRepository#totalBytesOf(Long)
SELECT COALESCE(SUM(size_bytes), 0) FROM stored_file WHERE unit_id = ?;

-- @ vn.lantoa.newsroom.Approvers#adminEmails(Long)
SELECT DISTINCT u.email FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? AND m.role = 'UNIT_ADMIN' AND u.status = 'ACTIVE' ORDER BY u.email;

-- @ vn.lantoa.newsroom.Approvers#headEmails(Long)
SELECT DISTINCT u.email FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? AND m.role = 'COMMITTEE_HEAD' AND u.status = 'ACTIVE' ORDER BY u.email;

-- @ vn.lantoa.newsroom.ArticleParts#addAttachment(Long,Long,Long,int)
INSERT INTO article_attachment (unit_id, article_id, file_id, sort_order) VALUES (?, ?, ?, ?);

-- @ vn.lantoa.newsroom.ArticleParts#addTag(Long,Long,String,String)
INSERT INTO article_tag (unit_id, article_id, tag, tag_slug) VALUES (?, ?, ?, ?);

-- @ vn.lantoa.newsroom.ArticleParts#attachmentsOf(Long,Long)
SELECT file_id FROM article_attachment WHERE unit_id = ? AND article_id = ? ORDER BY sort_order;

-- @ vn.lantoa.newsroom.ArticleParts#clearAttachments(Long,Long)
DELETE FROM article_attachment WHERE unit_id = ? AND article_id = ?;

-- @ vn.lantoa.newsroom.ArticleParts#clearTags(Long,Long)
DELETE FROM article_tag WHERE unit_id = ? AND article_id = ?;

-- @ vn.lantoa.newsroom.ArticleParts#isPublicAttachment(Long,Long)
SELECT COUNT(*) > 0 FROM article_attachment x JOIN article a ON a.id = x.article_id WHERE x.unit_id = ? AND x.file_id = ? AND a.status = 'PUBLISHED';

-- @ vn.lantoa.newsroom.ArticleParts#isPublicCover(Long,Long)
SELECT COUNT(*) > 0 FROM article WHERE unit_id = ? AND cover_file_id = ? AND status = 'PUBLISHED';

-- @ vn.lantoa.newsroom.ArticleParts#tagsOf(Long,Long)
SELECT tag FROM article_tag WHERE unit_id = ? AND article_id = ? ORDER BY tag;

-- @ vn.lantoa.newsroom.ArticleRepository#backdate(Long,Long,Instant)
UPDATE article SET published_at = ?, created_at = ?, updated_at = ? WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.newsroom.ArticleRepository#countByStatus(Long)
SELECT status, COUNT(*) AS n FROM article WHERE unit_id = ? GROUP BY status;

-- @ vn.lantoa.newsroom.ArticleRepository#countForApi(Long,boolean,String,String,Long,String,Instant)
SELECT COUNT(*) FROM article WHERE unit_id = ? AND (? = FALSE OR status = 'PUBLISHED') AND (? IS NULL OR status = ?) AND (? IS NULL OR kind = ?) AND (? IS NULL OR category_id = ?) AND search_text LIKE ? AND (? IS NULL OR updated_at >= ?);

-- @ vn.lantoa.newsroom.ArticleRepository#countForNewsroom(Long,String,String,String)
SELECT COUNT(*) FROM article WHERE unit_id = ? AND (? IS NULL OR status = ?) AND (? IS NULL OR kind = ?) AND search_text LIKE ?;

-- @ vn.lantoa.newsroom.ArticleRepository#countPublished(Long,Long)
SELECT COUNT(*) FROM article WHERE unit_id = ? AND status = 'PUBLISHED' AND kind <> 'PAGE' AND (? IS NULL OR category_id = ?);

-- @ vn.lantoa.newsroom.ArticleRepository#deleteInUnit(Long,Long)
DELETE FROM article WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.newsroom.ArticleRepository#existsByUnitIdAndKindAndSlug(Long,ArticleKind,String)
SELECT TRUE FROM `article` article_ WHERE (article_.`unit_id` = ? AND article_.`kind` = ? AND article_.`slug` = ?);

-- @ vn.lantoa.newsroom.ArticleRepository#findByUnitIdAndId(Long,Long)
SELECT article_.`id`,article_.`version`,article_.`unit_id`,article_.`kind`,article_.`title`,article_.`slug`,article_.`summary`,article_.`body_html`,article_.`search_text`,article_.`category_id`,article_.`cover_file_id`,article_.`cover_alt`,article_.`featured`,article_.`status`,article_.`review_note`,article_.`publish_at`,article_.`published_at`,article_.`author_id`,article_.`approved_by`,article_.`credit_unit_id`,article_.`source_article_id`,article_.`created_at`,article_.`updated_at`,article_.`updated_by` FROM `article` article_ WHERE (article_.`unit_id` = ? AND article_.`id` = ?);

-- @ vn.lantoa.newsroom.ArticleRepository#findByUnitIdAndKindAndSlug(Long,ArticleKind,String)
SELECT article_.`id`,article_.`version`,article_.`unit_id`,article_.`kind`,article_.`title`,article_.`slug`,article_.`summary`,article_.`body_html`,article_.`search_text`,article_.`category_id`,article_.`cover_file_id`,article_.`cover_alt`,article_.`featured`,article_.`status`,article_.`review_note`,article_.`publish_at`,article_.`published_at`,article_.`author_id`,article_.`approved_by`,article_.`credit_unit_id`,article_.`source_article_id`,article_.`created_at`,article_.`updated_at`,article_.`updated_by` FROM `article` article_ WHERE (article_.`unit_id` = ? AND article_.`kind` = ? AND article_.`slug` = ?);

-- @ vn.lantoa.newsroom.ArticleRepository#findDueForPublishing$WithoutTenancy(Instant)
SELECT * FROM article WHERE status = 'SCHEDULED' AND publish_at <= ? ORDER BY publish_at LIMIT 200;

-- @ vn.lantoa.newsroom.ArticleRepository#findFeatured(Long,int)
SELECT id, unit_id, kind, title, slug, summary, '' AS body_html, '' AS search_text, category_id, cover_file_id, cover_alt, featured, status, review_note, publish_at, published_at, author_id, approved_by, credit_unit_id, source_article_id, created_at, updated_at, updated_by, version FROM article WHERE unit_id = ? AND status = 'PUBLISHED' AND kind <> 'PAGE' AND featured = TRUE ORDER BY published_at DESC, id DESC LIMIT ?;

-- @ vn.lantoa.newsroom.ArticleRepository#findForApi(Long,boolean,String,String,Long,String,Instant,String,int,int)
SELECT id, unit_id, kind, title, slug, summary, '' AS body_html, '' AS search_text, category_id, cover_file_id, cover_alt, featured, status, review_note, publish_at, published_at, author_id, approved_by, credit_unit_id, source_article_id, created_at, updated_at, updated_by, version FROM article WHERE unit_id = ? AND (? = FALSE OR status = 'PUBLISHED') AND (? IS NULL OR status = ?) AND (? IS NULL OR kind = ?) AND (? IS NULL OR category_id = ?) AND search_text LIKE ? AND (? IS NULL OR updated_at >= ?) ORDER BY CASE WHEN ? = 'title' THEN title END, CASE WHEN ? = '-title' THEN title END DESC, CASE WHEN ? = 'publishedAt' THEN published_at END, CASE WHEN ? = '-publishedAt' THEN published_at END DESC, CASE WHEN ? = 'createdAt' THEN created_at END, CASE WHEN ? = '-createdAt' THEN created_at END DESC, CASE WHEN ? = 'updatedAt' THEN updated_at END, updated_at DESC, id DESC LIMIT ? OFFSET ?;

-- @ vn.lantoa.newsroom.ArticleRepository#findForNewsroom(Long,String,String,String,int,int)
SELECT * FROM article WHERE unit_id = ? AND (? IS NULL OR status = ?) AND (? IS NULL OR kind = ?) AND search_text LIKE ? ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?;

-- @ vn.lantoa.newsroom.ArticleRepository#findPublicBySlug(Long,String,String)
SELECT id, unit_id, kind, title, slug, summary, body_html, '' AS search_text, category_id, cover_file_id, cover_alt, featured, status, review_note, publish_at, published_at, author_id, approved_by, credit_unit_id, source_article_id, created_at, updated_at, updated_by, version FROM article WHERE unit_id = ? AND kind = ? AND slug = ? AND status = 'PUBLISHED';

-- @ vn.lantoa.newsroom.ArticleRepository#findPublished(Long,Long,int,int)
SELECT id, unit_id, kind, title, slug, summary, '' AS body_html, '' AS search_text, category_id, cover_file_id, cover_alt, featured, status, review_note, publish_at, published_at, author_id, approved_by, credit_unit_id, source_article_id, created_at, updated_at, updated_by, version FROM article WHERE unit_id = ? AND status = 'PUBLISHED' AND kind <> 'PAGE' AND (? IS NULL OR category_id = ?) ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?;

-- @ vn.lantoa.newsroom.ArticleRepository#findPublishedByTag(Long,String,int,int)
SELECT id, unit_id, kind, title, slug, summary, '' AS body_html, '' AS search_text, category_id, cover_file_id, cover_alt, featured, status, review_note, publish_at, published_at, author_id, approved_by, credit_unit_id, source_article_id, created_at, updated_at, updated_by, version FROM article WHERE unit_id = ? AND status = 'PUBLISHED' AND id IN (SELECT article_id FROM article_tag WHERE unit_id = ? AND tag_slug = ?) ORDER BY published_at DESC, id DESC LIMIT ? OFFSET ?;

-- @ vn.lantoa.newsroom.ArticleRepository#findPublishedPages(Long)
SELECT id, unit_id, kind, title, slug, summary, '' AS body_html, '' AS search_text, category_id, cover_file_id, cover_alt, featured, status, review_note, publish_at, published_at, author_id, approved_by, credit_unit_id, source_article_id, created_at, updated_at, updated_by, version FROM article WHERE unit_id = ? AND status = 'PUBLISHED' AND kind = 'PAGE' ORDER BY title;

-- @ vn.lantoa.newsroom.ArticleRepository#save(Article)
INSERT INTO `article` (`unit_id`,`kind`,`title`,`slug`,`summary`,`body_html`,`search_text`,`category_id`,`cover_file_id`,`cover_alt`,`featured`,`status`,`review_note`,`publish_at`,`published_at`,`author_id`,`approved_by`,`credit_unit_id`,`source_article_id`,`created_at`,`updated_at`,`updated_by`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.newsroom.ArticleRepository#searchPublished(Long,String,int)
SELECT * FROM article WHERE unit_id = ? AND status = 'PUBLISHED' AND REPLACE(search_text, ' ', '') LIKE ? ORDER BY published_at DESC LIMIT ?;

-- @ vn.lantoa.newsroom.ArticleRepository#update(Article)
UPDATE `article` SET `unit_id`=?,`kind`=?,`title`=?,`slug`=?,`summary`=?,`body_html`=?,`search_text`=?,`category_id`=?,`cover_file_id`=?,`cover_alt`=?,`featured`=?,`status`=?,`review_note`=?,`publish_at`=?,`published_at`=?,`author_id`=?,`approved_by`=?,`credit_unit_id`=?,`source_article_id`=?,`updated_at`=?,`updated_by`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.newsroom.ArticleRevisionRepository#findByUnitIdAndArticleIdAndNumber(Long,Long,int)
SELECT article_revision_.`id`,article_revision_.`unit_id`,article_revision_.`article_id`,article_revision_.`number`,article_revision_.`title`,article_revision_.`summary`,article_revision_.`body_html`,article_revision_.`note`,article_revision_.`created_at`,article_revision_.`created_by` FROM `article_revision` article_revision_ WHERE (article_revision_.`unit_id` = ? AND article_revision_.`article_id` = ? AND article_revision_.`number` = ?);

-- @ vn.lantoa.newsroom.ArticleRevisionRepository#history(Long,Long)
SELECT * FROM article_revision WHERE unit_id = ? AND article_id = ? ORDER BY number DESC;

-- @ vn.lantoa.newsroom.ArticleRevisionRepository#lastNumber(Long,Long)
SELECT COALESCE(MAX(number), 0) FROM article_revision WHERE unit_id = ? AND article_id = ?;

-- @ vn.lantoa.newsroom.ArticleRevisionRepository#save(ArticleRevision)
INSERT INTO `article_revision` (`unit_id`,`article_id`,`number`,`title`,`summary`,`body_html`,`note`,`created_at`,`created_by`) VALUES (?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.newsroom.CategoryRepository#articlesIn(Long,Long)
SELECT COUNT(*) FROM article WHERE unit_id = ? AND category_id = ?;

-- @ vn.lantoa.newsroom.CategoryRepository#deleteInUnit(Long,Long)
DELETE FROM category WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.newsroom.CategoryRepository#existsByUnitIdAndSlug(Long,String)
SELECT TRUE FROM `category` category_ WHERE (category_.`unit_id` = ? AND category_.`slug` = ?);

-- @ vn.lantoa.newsroom.CategoryRepository#findByUnit(Long)
SELECT * FROM category WHERE unit_id = ? ORDER BY sort_order, name;

-- @ vn.lantoa.newsroom.CategoryRepository#findByUnitIdAndId(Long,Long)
SELECT category_.`id`,category_.`version`,category_.`unit_id`,category_.`name`,category_.`slug`,category_.`description`,category_.`sort_order`,category_.`created_at`,category_.`updated_at` FROM `category` category_ WHERE (category_.`unit_id` = ? AND category_.`id` = ?);

-- @ vn.lantoa.newsroom.CategoryRepository#findByUnitIdAndSlug(Long,String)
SELECT category_.`id`,category_.`version`,category_.`unit_id`,category_.`name`,category_.`slug`,category_.`description`,category_.`sort_order`,category_.`created_at`,category_.`updated_at` FROM `category` category_ WHERE (category_.`unit_id` = ? AND category_.`slug` = ?);

-- @ vn.lantoa.newsroom.CategoryRepository#save(Category)
INSERT INTO `category` (`unit_id`,`name`,`slug`,`description`,`sort_order`,`created_at`,`updated_at`,`version`) VALUES (?,?,?,?,?,?,?,?);

-- @ vn.lantoa.newsroom.CategoryRepository#update(Category)
UPDATE `category` SET `unit_id`=?,`name`=?,`slug`=?,`description`=?,`sort_order`=?,`updated_at`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#count(Long,boolean,String,Integer,String,String,String)
SELECT COUNT(*) FROM official_document WHERE unit_id = ? AND (? = FALSE OR status = 'PUBLISHED') AND (? IS NULL OR doc_type = ?) AND (? IS NULL OR YEAR(doc_date) = ?) AND search_text LIKE ? AND number LIKE ? AND issuer LIKE ?;

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#countForApi(Long,boolean,String,String,Integer,String,Instant)
SELECT COUNT(*) FROM official_document WHERE unit_id = ? AND (? = FALSE OR status = 'PUBLISHED') AND (? IS NULL OR status = ?) AND (? IS NULL OR doc_type = ?) AND (? IS NULL OR YEAR(doc_date) = ?) AND search_text LIKE ? AND (? IS NULL OR updated_at >= ?);

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#countInReview(Long)
SELECT COUNT(*) FROM official_document WHERE unit_id = ? AND status = 'IN_REVIEW';

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#deleteInUnit(Long,Long)
DELETE FROM official_document WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#findByUnitIdAndId(Long,Long)
SELECT official_document_.`id`,official_document_.`version`,official_document_.`unit_id`,official_document_.`number`,official_document_.`doc_date`,official_document_.`issuer`,official_document_.`doc_type`,official_document_.`summary`,official_document_.`search_text`,official_document_.`file_id`,official_document_.`status`,official_document_.`published_at`,official_document_.`created_at`,official_document_.`updated_at`,official_document_.`created_by`,official_document_.`updated_by` FROM `official_document` official_document_ WHERE (official_document_.`unit_id` = ? AND official_document_.`id` = ?);

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#findForApi(Long,boolean,String,String,Integer,String,Instant,String,int,int)
SELECT * FROM official_document WHERE unit_id = ? AND (? = FALSE OR status = 'PUBLISHED') AND (? IS NULL OR status = ?) AND (? IS NULL OR doc_type = ?) AND (? IS NULL OR YEAR(doc_date) = ?) AND search_text LIKE ? AND (? IS NULL OR updated_at >= ?) ORDER BY CASE WHEN ? = 'number' THEN number END, CASE WHEN ? = '-number' THEN number END DESC, CASE WHEN ? = 'updatedAt' THEN updated_at END, CASE WHEN ? = '-updatedAt' THEN updated_at END DESC, CASE WHEN ? = 'docDate' THEN doc_date END, doc_date DESC, id DESC LIMIT ? OFFSET ?;

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#findInReview(Long,int)
SELECT * FROM official_document WHERE unit_id = ? AND status = 'IN_REVIEW' ORDER BY updated_at DESC, id DESC LIMIT ?;

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#isPublicFile(Long,Long)
SELECT COUNT(*) > 0 FROM official_document WHERE unit_id = ? AND file_id = ? AND status = 'PUBLISHED';

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#latestPublished(Long,int)
SELECT * FROM official_document WHERE unit_id = ? AND status = 'PUBLISHED' ORDER BY doc_date DESC, id DESC LIMIT ?;

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#publishedIssuers(Long)
SELECT DISTINCT issuer FROM official_document WHERE unit_id = ? AND status = 'PUBLISHED' ORDER BY issuer LIMIT 100;

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#publishedYears(Long)
SELECT DISTINCT YEAR(doc_date) FROM official_document WHERE unit_id = ? AND status = 'PUBLISHED' ORDER BY 1 DESC;

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#save(OfficialDocument)
INSERT INTO `official_document` (`unit_id`,`number`,`doc_date`,`issuer`,`doc_type`,`summary`,`search_text`,`file_id`,`status`,`published_at`,`created_at`,`updated_at`,`created_by`,`updated_by`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#search(Long,boolean,String,Integer,String,String,String,int,int)
SELECT * FROM official_document WHERE unit_id = ? AND (? = FALSE OR status = 'PUBLISHED') AND (? IS NULL OR doc_type = ?) AND (? IS NULL OR YEAR(doc_date) = ?) AND search_text LIKE ? AND number LIKE ? AND issuer LIKE ? ORDER BY doc_date DESC, id DESC LIMIT ? OFFSET ?;

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#searchPublished(Long,String,int)
SELECT * FROM official_document WHERE unit_id = ? AND status = 'PUBLISHED' AND REPLACE(search_text, ' ', '') LIKE ? ORDER BY doc_date DESC, id DESC LIMIT ?;

-- @ vn.lantoa.newsroom.OfficialDocumentRepository#update(OfficialDocument)
UPDATE `official_document` SET `unit_id`=?,`number`=?,`doc_date`=?,`issuer`=?,`doc_type`=?,`summary`=?,`search_text`=?,`file_id`=?,`status`=?,`published_at`=?,`updated_at`=?,`created_by`=?,`updated_by`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.newsroom.QuickLinkRepository#countByUnitId(Long)
SELECT COUNT(*) FROM `quick_link` quick_link_ WHERE (quick_link_.`unit_id` = ?);

-- @ vn.lantoa.newsroom.QuickLinkRepository#deleteInUnit(Long,Long)
DELETE FROM quick_link WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.newsroom.QuickLinkRepository#findByUnit(Long)
SELECT * FROM quick_link WHERE unit_id = ? ORDER BY sort_order, id;

-- @ vn.lantoa.newsroom.QuickLinkRepository#findByUnitIdAndId(Long,Long)
SELECT quick_link_.`id`,quick_link_.`unit_id`,quick_link_.`label`,quick_link_.`url`,quick_link_.`sort_order` FROM `quick_link` quick_link_ WHERE (quick_link_.`unit_id` = ? AND quick_link_.`id` = ?);

-- @ vn.lantoa.newsroom.QuickLinkRepository#save(QuickLink)
INSERT INTO `quick_link` (`unit_id`,`label`,`url`,`sort_order`) VALUES (?,?,?,?);

-- @ vn.lantoa.newsroom.SiteSettingsRepository#findByUnitId(Long)
SELECT site_settings_.`unit_id`,site_settings_.`version`,site_settings_.`tagline`,site_settings_.`english_intro`,site_settings_.`head_publishes_directly`,site_settings_.`created_at`,site_settings_.`updated_at`,site_settings_.`updated_by` FROM `site_settings` site_settings_ WHERE (site_settings_.`unit_id` = ?);

-- @ vn.lantoa.newsroom.SiteSettingsRepository#save(SiteSettings)
INSERT INTO `site_settings` (`tagline`,`english_intro`,`head_publishes_directly`,`created_at`,`updated_at`,`updated_by`,`version`,`unit_id`) VALUES (?,?,?,?,?,?,?,?);

-- @ vn.lantoa.newsroom.SiteSettingsRepository#update(SiteSettings)
UPDATE `site_settings` SET `tagline`=?,`english_intro`=?,`head_publishes_directly`=?,`updated_at`=?,`updated_by`=?,`version`=? WHERE (`unit_id` = ? AND `version` = ?);

-- @ vn.lantoa.newsroom.SlugHistoryRepository#articleFor(Long,String,String)
SELECT article_id FROM article_slug_history WHERE unit_id = ? AND kind = ? AND slug = ?;

-- @ vn.lantoa.newsroom.SlugHistoryRepository#forget(Long,String,String)
DELETE FROM article_slug_history WHERE unit_id = ? AND kind = ? AND slug = ?;

-- @ vn.lantoa.newsroom.SlugHistoryRepository#remember(Long,String,String,Long,Instant)
INSERT INTO article_slug_history (unit_id, kind, slug, article_id, changed_at) VALUES (?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE article_id = VALUES(article_id), changed_at = VALUES(changed_at);

-- @ vn.lantoa.newsroom.api.MediaQueries#countImages(Long,Instant)
SELECT COUNT(*) FROM stored_file WHERE unit_id = ? AND content_type LIKE 'image/%' AND (? IS NULL OR created_at >= ?);

-- @ vn.lantoa.newsroom.api.MediaQueries#images(Long,Instant,String,int,int)
SELECT * FROM stored_file WHERE unit_id = ? AND content_type LIKE 'image/%' AND (? IS NULL OR created_at >= ?) ORDER BY CASE WHEN ? = 'name' THEN original_name END, CASE WHEN ? = '-name' THEN original_name END DESC, CASE WHEN ? = 'createdAt' THEN created_at END, created_at DESC, id DESC LIMIT ? OFFSET ?;

-- @ vn.lantoa.newsroom.api.MediaQueries#inUse(Long,Long,String)
SELECT (SELECT COUNT(*) FROM article WHERE unit_id = ? AND (cover_file_id = ? OR body_html LIKE ?)) + (SELECT COUNT(*) FROM article_attachment WHERE unit_id = ? AND file_id = ?) + (SELECT COUNT(*) FROM official_document WHERE unit_id = ? AND file_id = ?) + (SELECT COUNT(*) FROM disclosure_item WHERE unit_id = ? AND file_id = ?) + (SELECT COUNT(*) FROM report_attachment WHERE unit_id = ? AND file_id = ?) > 0;

-- @ vn.lantoa.notice.NoticeRepository#acknowledge(Long,Long,Instant,Long)
UPDATE notice_target SET acknowledged_at = ?, acknowledged_by = ? WHERE notice_id = ? AND unit_id = ? AND acknowledged_at IS NULL;

-- @ vn.lantoa.notice.NoticeRepository#acknowledgements(Long)
SELECT t.unit_id, u.name AS unit_name, t.acknowledged_at, p.full_name AS acknowledged_by_name FROM notice_target t JOIN unit u ON u.id = t.unit_id LEFT JOIN app_user p ON p.id = t.acknowledged_by WHERE t.notice_id = ? ORDER BY t.acknowledged_at IS NULL DESC, u.name, u.id;

-- @ vn.lantoa.notice.NoticeRepository#claimReminder(Long,Long,Instant,Instant)
UPDATE notice SET reminded_at = ? WHERE unit_id = ? AND id = ? AND status = 'ACTIVE' AND expires_at > ? AND (reminded_at IS NULL OR reminded_at < ?);

-- @ vn.lantoa.notice.NoticeRepository#counted(Long,Long,int,int)
UPDATE notice SET target_count = ?, mailed_count = ? WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.notice.NoticeRepository#findAwaitingAck(Long,Instant)
SELECT n.id, u.name AS from_unit_name, n.kind, n.severity, n.title, n.body, n.status, n.sent_at, n.expires_at, t.acknowledged_at, p.full_name AS acknowledged_by_name FROM notice_target t JOIN notice n ON n.id = t.notice_id JOIN unit u ON u.id = n.unit_id LEFT JOIN app_user p ON p.id = t.acknowledged_by WHERE t.unit_id = ? AND n.status = 'ACTIVE' AND n.expires_at > ? AND t.acknowledged_at IS NULL ORDER BY CASE n.severity WHEN 'URGENT' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, n.sent_at DESC;

-- @ vn.lantoa.notice.NoticeRepository#findByUnitIdAndId(Long,Long)
SELECT notice_.`id`,notice_.`unit_id`,notice_.`kind`,notice_.`severity`,notice_.`title`,notice_.`body`,notice_.`audience`,notice_.`status`,notice_.`expires_at`,notice_.`target_count`,notice_.`mailed_count`,notice_.`sent_at`,notice_.`sent_by`,notice_.`withdrawn_at`,notice_.`withdrawn_by`,notice_.`reminded_at` FROM `notice` notice_ WHERE (notice_.`unit_id` = ? AND notice_.`id` = ?);

-- @ vn.lantoa.notice.NoticeRepository#findDue$WithoutTenancy(Instant)
SELECT id FROM notice WHERE status = 'ACTIVE' AND expires_at <= ? ORDER BY id LIMIT 100;

-- @ vn.lantoa.notice.NoticeRepository#findReceived(Long,Instant,int)
SELECT n.id, u.name AS from_unit_name, n.kind, n.severity, n.title, n.body, n.status, n.sent_at, n.expires_at, t.acknowledged_at, p.full_name AS acknowledged_by_name FROM notice_target t JOIN notice n ON n.id = t.notice_id JOIN unit u ON u.id = n.unit_id LEFT JOIN app_user p ON p.id = t.acknowledged_by WHERE t.unit_id = ? ORDER BY (n.status = 'ACTIVE' AND n.expires_at > ?) DESC, CASE n.severity WHEN 'URGENT' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, n.sent_at DESC, n.id DESC LIMIT ?;

-- @ vn.lantoa.notice.NoticeRepository#findSent(Long,int)
SELECT n.id, n.kind, n.severity, n.title, n.body, n.audience, n.status, n.sent_at, n.expires_at, n.target_count, n.mailed_count, (SELECT COUNT(*) FROM notice_target t WHERE t.notice_id = n.id AND t.acknowledged_at IS NOT NULL) AS acknowledged, n.withdrawn_at, n.reminded_at FROM notice n WHERE n.unit_id = ? ORDER BY n.sent_at DESC, n.id DESC LIMIT ?;

-- @ vn.lantoa.notice.NoticeRepository#findSentOne(Long,Long)
SELECT n.id, n.kind, n.severity, n.title, n.body, n.audience, n.status, n.sent_at, n.expires_at, n.target_count, n.mailed_count, (SELECT COUNT(*) FROM notice_target t WHERE t.notice_id = n.id AND t.acknowledged_at IS NOT NULL) AS acknowledged, n.withdrawn_at, n.reminded_at FROM notice n WHERE n.unit_id = ? AND n.id = ?;

-- @ vn.lantoa.notice.NoticeRepository#findShownAt$WithoutTenancy(Long,Instant)
SELECT n.id, n.kind, n.severity, n.title, n.body, u.name AS from_unit_name, n.sent_at, n.expires_at FROM notice_target t JOIN notice n ON n.id = t.notice_id JOIN unit u ON u.id = n.unit_id WHERE t.unit_id = ? AND n.status = 'ACTIVE' AND n.expires_at > ? ORDER BY CASE n.severity WHEN 'URGENT' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END, n.sent_at DESC LIMIT 5;

-- @ vn.lantoa.notice.NoticeRepository#isTarget(Long,Long)
SELECT COUNT(*) > 0 FROM notice_target WHERE notice_id = ? AND unit_id = ?;

-- @ vn.lantoa.notice.NoticeRepository#markExpired$WithoutTenancy(Long,Instant)
UPDATE notice SET status = 'EXPIRED' WHERE id = ? AND status = 'ACTIVE' AND expires_at <= ?;

-- @ vn.lantoa.notice.NoticeRepository#save(Notice)
INSERT INTO `notice` (`unit_id`,`kind`,`severity`,`title`,`body`,`audience`,`status`,`expires_at`,`target_count`,`mailed_count`,`sent_at`,`sent_by`,`withdrawn_at`,`withdrawn_by`,`reminded_at`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.notice.NoticeRepository#targetIds(Long)
SELECT unit_id FROM notice_target WHERE notice_id = ?;

-- @ vn.lantoa.notice.NoticeRepository#update(Notice)
UPDATE `notice` SET `unit_id`=?,`kind`=?,`severity`=?,`title`=?,`body`=?,`audience`=?,`status`=?,`expires_at`=?,`target_count`=?,`mailed_count`=?,`sent_at`=?,`sent_by`=?,`withdrawn_at`=?,`withdrawn_by`=?,`reminded_at`=? WHERE (`id` = ?);

-- @ vn.lantoa.notice.NoticeRepository#withdraw(Long,Long,Instant,Long)
UPDATE notice SET status = 'WITHDRAWN', withdrawn_at = ?, withdrawn_by = ? WHERE unit_id = ? AND id = ? AND status = 'ACTIVE';

-- @ vn.lantoa.onboarding.ImportJobRepository#cancel(Long,Long,Instant)
UPDATE import_job SET status = 'CANCELLED', finished_at = ? WHERE unit_id = ? AND id = ? AND status = 'PREVIEW';

-- @ vn.lantoa.onboarding.ImportJobRepository#failInterrupted$WithoutTenancy(Instant,Instant)
UPDATE import_job SET status = 'FAILED', failure = 'interrupted', finished_at = ? WHERE status = 'RUNNING' AND created_at < ?;

-- @ vn.lantoa.onboarding.ImportJobRepository#findByUnitIdAndId(Long,Long)
SELECT import_job_.`id`,import_job_.`version`,import_job_.`unit_id`,import_job_.`created_by`,import_job_.`file_name`,import_job_.`status`,import_job_.`rows_total`,import_job_.`rows_done`,import_job_.`rows_invalid`,import_job_.`payload`,import_job_.`failure`,import_job_.`created_at`,import_job_.`finished_at` FROM `import_job` import_job_ WHERE (import_job_.`unit_id` = ? AND import_job_.`id` = ?);

-- @ vn.lantoa.onboarding.ImportJobRepository#findRecent(Long)
SELECT id, unit_id, created_by, file_name, status, rows_total, rows_done, rows_invalid, '' AS payload, failure, created_at, finished_at, version FROM import_job WHERE unit_id = ? ORDER BY created_at DESC LIMIT 10;

-- @ vn.lantoa.onboarding.ImportJobRepository#finish(Long,ImportStatus,String,Instant)
UPDATE import_job SET status = ?, failure = ?, finished_at = ? WHERE id = ?;

-- @ vn.lantoa.onboarding.ImportJobRepository#progress(Long,int)
UPDATE import_job SET rows_done = ? WHERE id = ?;

-- @ vn.lantoa.onboarding.ImportJobRepository#save(ImportJob)
INSERT INTO `import_job` (`unit_id`,`created_by`,`file_name`,`status`,`rows_total`,`rows_done`,`rows_invalid`,`payload`,`failure`,`created_at`,`finished_at`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.onboarding.ImportJobRepository#start(Long,Long)
UPDATE import_job SET status = 'RUNNING', version = version + 1 WHERE unit_id = ? AND id = ? AND status = 'PREVIEW';

-- @ vn.lantoa.people.RefreshTokenRepository#findByTokenHash(String)
SELECT refresh_token_.`id`,refresh_token_.`user_id`,refresh_token_.`token_hash`,refresh_token_.`expires_at`,refresh_token_.`revoked_at`,refresh_token_.`created_at` FROM `refresh_token` refresh_token_ WHERE (refresh_token_.`token_hash` = ?);

-- @ vn.lantoa.people.RefreshTokenRepository#revoke(Long,Instant)
UPDATE refresh_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL;

-- @ vn.lantoa.people.RefreshTokenRepository#revokeAllOf(Long,Instant)
UPDATE refresh_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL;

-- @ vn.lantoa.people.RefreshTokenRepository#save(RefreshToken)
INSERT INTO `refresh_token` (`user_id`,`token_hash`,`expires_at`,`revoked_at`,`created_at`) VALUES (?,?,?,?,?);

-- @ vn.lantoa.people.RevokedSessionRepository#forgetExpired(Instant)
DELETE FROM revoked_session WHERE expires_at < ?;

-- @ vn.lantoa.people.RevokedSessionRepository#revoke(String,long,Instant,Instant)
INSERT IGNORE INTO revoked_session (jti, user_id, expires_at, revoked_at) VALUES (?, ?, ?, ?);

-- @ vn.lantoa.people.UserRepository#count()
SELECT COUNT(*) FROM `app_user` user_;

-- @ vn.lantoa.people.UserRepository#countFailedLogin(Long)
UPDATE app_user SET failed_login_count = failed_login_count + 1 WHERE id = ?;

-- @ vn.lantoa.people.UserRepository#delete(User)
DELETE FROM `app_user` WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.people.UserRepository#deleteAll()
DELETE FROM `app_user`;

-- @ vn.lantoa.people.UserRepository#deleteAll(Iterable)
DELETE FROM `app_user` WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.people.UserRepository#deleteById(Long)
DELETE FROM `app_user` WHERE (`id` = ?);

-- @ vn.lantoa.people.UserRepository#existsByEmail(String)
SELECT TRUE FROM `app_user` user_ WHERE (user_.`email` = ?);

-- @ vn.lantoa.people.UserRepository#existsById(Long)
SELECT TRUE FROM `app_user` user_ WHERE (user_.`id` = ?);

-- @ vn.lantoa.people.UserRepository#failedLoginCount(Long)
SELECT failed_login_count FROM app_user WHERE id = ?;

-- @ vn.lantoa.people.UserRepository#findAll()
SELECT user_.`id`,user_.`version`,user_.`email`,user_.`full_name`,user_.`phone`,user_.`job_title`,user_.`password_hash`,user_.`status`,user_.`platform_admin`,user_.`failed_login_count`,user_.`locked_until`,user_.`last_login_at`,user_.`sessions_valid_after`,user_.`created_at`,user_.`updated_at` FROM `app_user` user_;

-- @ vn.lantoa.people.UserRepository#findByEmail(String)
SELECT user_.`id`,user_.`version`,user_.`email`,user_.`full_name`,user_.`phone`,user_.`job_title`,user_.`password_hash`,user_.`status`,user_.`platform_admin`,user_.`failed_login_count`,user_.`locked_until`,user_.`last_login_at`,user_.`sessions_valid_after`,user_.`created_at`,user_.`updated_at` FROM `app_user` user_ WHERE (user_.`email` = ?);

-- @ vn.lantoa.people.UserRepository#findById(Long)
SELECT user_.`id`,user_.`version`,user_.`email`,user_.`full_name`,user_.`phone`,user_.`job_title`,user_.`password_hash`,user_.`status`,user_.`platform_admin`,user_.`failed_login_count`,user_.`locked_until`,user_.`last_login_at`,user_.`sessions_valid_after`,user_.`created_at`,user_.`updated_at` FROM `app_user` user_ WHERE (user_.`id` = ?);

-- @ vn.lantoa.people.UserRepository#findMembersOf(Long)
SELECT u.id, u.email, u.full_name, u.phone, u.job_title, u.status, u.locked_until, u.last_login_at, GROUP_CONCAT(m.role ORDER BY m.role SEPARATOR ',') AS roles FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? GROUP BY u.id, u.email, u.full_name, u.phone, u.job_title, u.status, u.locked_until, u.last_login_at ORDER BY u.full_name;

-- @ vn.lantoa.people.UserRepository#findPlatformAdmins()
SELECT * FROM app_user WHERE platform_admin = TRUE ORDER BY id;

-- @ vn.lantoa.people.UserRepository#lockUntil(Long,Instant)
UPDATE app_user SET locked_until = ?, failed_login_count = 0 WHERE id = ?;

-- @ vn.lantoa.people.UserRepository#recordSuccessfulLogin(Long,Instant)
UPDATE app_user SET failed_login_count = 0, locked_until = NULL, last_login_at = ? WHERE id = ?;

-- @ vn.lantoa.people.UserRepository#save(User)
INSERT INTO `app_user` (`email`,`full_name`,`phone`,`job_title`,`password_hash`,`status`,`platform_admin`,`failed_login_count`,`locked_until`,`last_login_at`,`sessions_valid_after`,`created_at`,`updated_at`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.people.UserRepository#saveAll(Iterable)
INSERT INTO `app_user` (`email`,`full_name`,`phone`,`job_title`,`password_hash`,`status`,`platform_admin`,`failed_login_count`,`locked_until`,`last_login_at`,`sessions_valid_after`,`created_at`,`updated_at`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.people.UserRepository#unlock(Long)
UPDATE app_user SET failed_login_count = 0, locked_until = NULL WHERE id = ?;

-- @ vn.lantoa.people.UserRepository#update(User)
UPDATE `app_user` SET `email`=?,`full_name`=?,`phone`=?,`job_title`=?,`password_hash`=?,`status`=?,`platform_admin`=?,`failed_login_count`=?,`locked_until`=?,`last_login_at`=?,`sessions_valid_after`=?,`updated_at`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.people.UserRepository#updateAll(Iterable)
UPDATE `app_user` SET `email`=?,`full_name`=?,`phone`=?,`job_title`=?,`password_hash`=?,`status`=?,`platform_admin`=?,`failed_login_count`=?,`locked_until`=?,`last_login_at`=?,`sessions_valid_after`=?,`updated_at`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.people.UserTokenRepository#findByTokenHashAndPurpose(String,String)
SELECT user_token_.`id`,user_token_.`user_id`,user_token_.`purpose`,user_token_.`token_hash`,user_token_.`unit_id`,user_token_.`expires_at`,user_token_.`used_at`,user_token_.`created_at`,user_token_.`created_by` FROM `user_token` user_token_ WHERE (user_token_.`token_hash` = ? AND user_token_.`purpose` = ?);

-- @ vn.lantoa.people.UserTokenRepository#markUsed(Long,Instant)
UPDATE user_token SET used_at = ? WHERE id = ? AND used_at IS NULL;

-- @ vn.lantoa.people.UserTokenRepository#retireAll(Long,String,Instant)
UPDATE user_token SET used_at = ? WHERE user_id = ? AND purpose = ? AND used_at IS NULL;

-- @ vn.lantoa.people.UserTokenRepository#save(UserToken)
INSERT INTO `user_token` (`user_id`,`purpose`,`token_hash`,`unit_id`,`expires_at`,`used_at`,`created_at`,`created_by`) VALUES (?,?,?,?,?,?,?,?);

-- @ vn.lantoa.plan.PlanGroupRepository#deleteInUnit(long,long)
DELETE FROM plan_group WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.plan.PlanGroupRepository#findByUnitIdAndId(long,long)
SELECT plan_group_.`id`,plan_group_.`unit_id`,plan_group_.`plan_id`,plan_group_.`position`,plan_group_.`numeral`,plan_group_.`title`,plan_group_.`parent_group_id` FROM `plan_group` plan_group_ WHERE (plan_group_.`unit_id` = ? AND plan_group_.`id` = ?);

-- @ vn.lantoa.plan.PlanGroupRepository#findOfPlan(long,long)
SELECT * FROM plan_group WHERE unit_id = ? AND plan_id = ? ORDER BY position, id;

-- @ vn.lantoa.plan.PlanGroupRepository#save(PlanGroup)
INSERT INTO `plan_group` (`unit_id`,`plan_id`,`position`,`numeral`,`title`,`parent_group_id`) VALUES (?,?,?,?,?,?);

-- @ vn.lantoa.plan.PlanGroupRepository#update(PlanGroup)
UPDATE `plan_group` SET `unit_id`=?,`plan_id`=?,`position`=?,`numeral`=?,`title`=?,`parent_group_id`=? WHERE (`id` = ?);

-- @ vn.lantoa.plan.PlanItemRepository#countByUnitIdAndGroupId(long,long)
SELECT COUNT(*) FROM `plan_item` plan_item_ WHERE (plan_item_.`unit_id` = ? AND plan_item_.`group_id` = ?);

-- @ vn.lantoa.plan.PlanItemRepository#deleteInUnit(long,long)
DELETE FROM plan_item WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.plan.PlanItemRepository#findByUnitIdAndId(long,long)
SELECT plan_item_.`id`,plan_item_.`version`,plan_item_.`unit_id`,plan_item_.`plan_id`,plan_item_.`group_id`,plan_item_.`position`,plan_item_.`topic`,plan_item_.`product_form`,plan_item_.`product_note`,plan_item_.`lead_unit_id`,plan_item_.`lead_text`,plan_item_.`partner_text`,plan_item_.`applies_below`,plan_item_.`quarters`,plan_item_.`starts_on`,plan_item_.`ends_on`,plan_item_.`budget_vnd`,plan_item_.`budget_source`,plan_item_.`parent_item_id`,plan_item_.`lineage`,plan_item_.`created_at`,plan_item_.`updated_at`,plan_item_.`updated_by` FROM `plan_item` plan_item_ WHERE (plan_item_.`unit_id` = ? AND plan_item_.`id` = ?);

-- @ vn.lantoa.plan.PlanItemRepository#findForUpdate(long,long)
SELECT * FROM plan_item WHERE unit_id = ? AND id = ? FOR UPDATE;

-- @ vn.lantoa.plan.PlanItemRepository#findOfPlan(long,long)
SELECT i.* FROM plan_item i JOIN plan_group g ON g.id = i.group_id WHERE i.unit_id = ? AND i.plan_id = ? ORDER BY g.position, g.id, i.position, i.id;

-- @ vn.lantoa.plan.PlanItemRepository#lastPosition(long,long)
SELECT COALESCE(MAX(position), 0) FROM plan_item WHERE unit_id = ? AND group_id = ?;

-- @ vn.lantoa.plan.PlanItemRepository#save(PlanItem)
INSERT INTO `plan_item` (`unit_id`,`plan_id`,`group_id`,`position`,`topic`,`product_form`,`product_note`,`lead_unit_id`,`lead_text`,`partner_text`,`applies_below`,`quarters`,`starts_on`,`ends_on`,`budget_vnd`,`budget_source`,`parent_item_id`,`lineage`,`created_at`,`updated_at`,`updated_by`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.plan.PlanItemRepository#setLineage(long,long,String)
UPDATE plan_item SET lineage = ? WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.plan.PlanItemRepository#update(PlanItem)
UPDATE `plan_item` SET `unit_id`=?,`plan_id`=?,`group_id`=?,`position`=?,`topic`=?,`product_form`=?,`product_note`=?,`lead_unit_id`=?,`lead_text`=?,`partner_text`=?,`applies_below`=?,`quarters`=?,`starts_on`=?,`ends_on`=?,`budget_vnd`=?,`budget_source`=?,`parent_item_id`=?,`lineage`=?,`created_at`=?,`updated_at`=?,`updated_by`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.plan.PlanRepository#findAllOfUnit(long)
SELECT * FROM plan WHERE unit_id = ? ORDER BY plan_year DESC, id DESC;

-- @ vn.lantoa.plan.PlanRepository#findByUnitIdAndId(long,long)
SELECT plan_.`id`,plan_.`version`,plan_.`unit_id`,plan_.`plan_year`,plan_.`title`,plan_.`purpose`,plan_.`legal_basis`,plan_.`parent_plan_id`,plan_.`status`,plan_.`symbol`,plan_.`issued_on`,plan_.`issued_by`,plan_.`submitted_at`,plan_.`submitted_by`,plan_.`review_note`,plan_.`article_id`,plan_.`created_at`,plan_.`created_by`,plan_.`updated_at`,plan_.`updated_by` FROM `plan` plan_ WHERE (plan_.`unit_id` = ? AND plan_.`id` = ?);

-- @ vn.lantoa.plan.PlanRepository#findByUnitIdAndPlanYear(long,int)
SELECT plan_.`id`,plan_.`version`,plan_.`unit_id`,plan_.`plan_year`,plan_.`title`,plan_.`purpose`,plan_.`legal_basis`,plan_.`parent_plan_id`,plan_.`status`,plan_.`symbol`,plan_.`issued_on`,plan_.`issued_by`,plan_.`submitted_at`,plan_.`submitted_by`,plan_.`review_note`,plan_.`article_id`,plan_.`created_at`,plan_.`created_by`,plan_.`updated_at`,plan_.`updated_by` FROM `plan` plan_ WHERE (plan_.`unit_id` = ? AND plan_.`plan_year` = ?);

-- @ vn.lantoa.plan.PlanRepository#findForUpdate(long,long)
SELECT * FROM plan WHERE unit_id = ? AND id = ? FOR UPDATE;

-- @ vn.lantoa.plan.PlanRepository#findIssuedOf$WithoutTenancy(Collection)
SELECT * FROM plan WHERE unit_id IN (?) AND status = 'ISSUED' ORDER BY plan_year DESC, id;

-- @ vn.lantoa.plan.PlanRepository#save(Plan)
INSERT INTO `plan` (`unit_id`,`plan_year`,`title`,`purpose`,`legal_basis`,`parent_plan_id`,`status`,`symbol`,`issued_on`,`issued_by`,`submitted_at`,`submitted_by`,`review_note`,`article_id`,`created_at`,`created_by`,`updated_at`,`updated_by`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.plan.PlanRepository#update(Plan)
UPDATE `plan` SET `unit_id`=?,`plan_year`=?,`title`=?,`purpose`=?,`legal_basis`=?,`parent_plan_id`=?,`status`=?,`symbol`=?,`issued_on`=?,`issued_by`=?,`submitted_at`=?,`submitted_by`=?,`review_note`=?,`article_id`=?,`created_at`=?,`created_by`=?,`updated_at`=?,`updated_by`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.platform.mail.MailQueueRepository#pending()
SELECT COUNT(*) AS length, MIN(next_attempt_at) AS oldest_due FROM mail_outbox WHERE status = 'PENDING';

-- @ vn.lantoa.platform.mail.OutboxRepository#count()
SELECT COUNT(*) FROM `mail_outbox` outbox_entry_;

-- @ vn.lantoa.platform.mail.OutboxRepository#countByStatus(String)
SELECT status, COUNT(*) AS n FROM mail_outbox WHERE batch = ? GROUP BY status;

-- @ vn.lantoa.platform.mail.OutboxRepository#delete(OutboxEntry)
DELETE FROM `mail_outbox` WHERE (`id` = ?);

-- @ vn.lantoa.platform.mail.OutboxRepository#deleteAll()
DELETE FROM `mail_outbox`;

-- @ vn.lantoa.platform.mail.OutboxRepository#deleteAll(Iterable)
DELETE FROM `mail_outbox` WHERE (`id` IN (?));

-- @ vn.lantoa.platform.mail.OutboxRepository#deleteById(Long)
DELETE FROM `mail_outbox` WHERE (`id` = ?);

-- @ vn.lantoa.platform.mail.OutboxRepository#existsById(Long)
SELECT TRUE FROM `mail_outbox` outbox_entry_ WHERE (outbox_entry_.`id` = ?);

-- @ vn.lantoa.platform.mail.OutboxRepository#findAll()
SELECT outbox_entry_.`id`,outbox_entry_.`to_address`,outbox_entry_.`subject`,outbox_entry_.`body_text`,outbox_entry_.`body_html`,outbox_entry_.`status`,outbox_entry_.`attempts`,outbox_entry_.`last_error`,outbox_entry_.`next_attempt_at`,outbox_entry_.`created_at`,outbox_entry_.`sent_at`,outbox_entry_.`batch`,outbox_entry_.`attachment_name`,outbox_entry_.`attachment_type`,outbox_entry_.`attachment` FROM `mail_outbox` outbox_entry_;

-- @ vn.lantoa.platform.mail.OutboxRepository#findById(Long)
SELECT outbox_entry_.`id`,outbox_entry_.`to_address`,outbox_entry_.`subject`,outbox_entry_.`body_text`,outbox_entry_.`body_html`,outbox_entry_.`status`,outbox_entry_.`attempts`,outbox_entry_.`last_error`,outbox_entry_.`next_attempt_at`,outbox_entry_.`created_at`,outbox_entry_.`sent_at`,outbox_entry_.`batch`,outbox_entry_.`attachment_name`,outbox_entry_.`attachment_type`,outbox_entry_.`attachment` FROM `mail_outbox` outbox_entry_ WHERE (outbox_entry_.`id` = ?);

-- @ vn.lantoa.platform.mail.OutboxRepository#findByIdInOrderById(List)
SELECT outbox_entry_.`id`,outbox_entry_.`to_address`,outbox_entry_.`subject`,outbox_entry_.`body_text`,outbox_entry_.`body_html`,outbox_entry_.`status`,outbox_entry_.`attempts`,outbox_entry_.`last_error`,outbox_entry_.`next_attempt_at`,outbox_entry_.`created_at`,outbox_entry_.`sent_at`,outbox_entry_.`batch`,outbox_entry_.`attachment_name`,outbox_entry_.`attachment_type`,outbox_entry_.`attachment` FROM `mail_outbox` outbox_entry_ WHERE (outbox_entry_.`id` IN (?)) ORDER BY outbox_entry_.`id` ASC;

-- @ vn.lantoa.platform.mail.OutboxRepository#findDue(Instant,int)
SELECT * FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY id LIMIT ?;

-- @ vn.lantoa.platform.mail.OutboxRepository#markFailedAttempt(Long,String,String,Instant)
UPDATE mail_outbox SET status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_until = NULL WHERE id = ?;

-- @ vn.lantoa.platform.mail.OutboxRepository#markSent(Long,Instant)
UPDATE mail_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, claimed_until = NULL WHERE id = ?;

-- @ vn.lantoa.platform.mail.OutboxRepository#save(OutboxEntry)
INSERT INTO `mail_outbox` (`to_address`,`subject`,`body_text`,`body_html`,`status`,`attempts`,`last_error`,`next_attempt_at`,`created_at`,`sent_at`,`batch`,`attachment_name`,`attachment_type`,`attachment`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.platform.mail.OutboxRepository#saveAll(Iterable)
INSERT INTO `mail_outbox` (`to_address`,`subject`,`body_text`,`body_html`,`status`,`attempts`,`last_error`,`next_attempt_at`,`created_at`,`sent_at`,`batch`,`attachment_name`,`attachment_type`,`attachment`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.platform.mail.OutboxRepository#update(OutboxEntry)
UPDATE `mail_outbox` SET `to_address`=?,`subject`=?,`body_text`=?,`body_html`=?,`status`=?,`attempts`=?,`last_error`=?,`next_attempt_at`=?,`created_at`=?,`sent_at`=?,`batch`=?,`attachment_name`=?,`attachment_type`=?,`attachment`=? WHERE (`id` = ?);

-- @ vn.lantoa.platform.mail.OutboxRepository#updateAll(Iterable)
UPDATE `mail_outbox` SET `to_address`=?,`subject`=?,`body_text`=?,`body_html`=?,`status`=?,`attempts`=?,`last_error`=?,`next_attempt_at`=?,`created_at`=?,`sent_at`=?,`batch`=?,`attachment_name`=?,`attachment_type`=?,`attachment`=? WHERE (`id` = ?);

-- @ vn.lantoa.platform.publication.SiteChangeRepository#deleteBefore$WithoutTenancy(Instant)
DELETE FROM site_change WHERE changed_at < ?;

-- @ vn.lantoa.platform.publication.SiteChangeRepository#findAfter$WithoutTenancy(long)
SELECT * FROM site_change WHERE id > ? ORDER BY id LIMIT 10000;

-- @ vn.lantoa.platform.publication.SiteChangeRepository#findByIdIn$WithoutTenancy(List)
SELECT * FROM site_change WHERE id IN (?);

-- @ vn.lantoa.platform.publication.SiteChangeRepository#lastIdBefore$WithoutTenancy(Instant)
SELECT COALESCE(MAX(id), 0) FROM site_change WHERE changed_at < ?;

-- @ vn.lantoa.platform.publication.SiteChangeRepository#save(SiteChange)
INSERT INTO `site_change` (`unit_id`,`changed_at`) VALUES (?,?);

-- @ vn.lantoa.platform.publication.SiteChangeRepository#saveAll(Iterable)
INSERT INTO `site_change` (`unit_id`,`changed_at`) VALUES (?,?);

-- @ vn.lantoa.press.contacts.ContactRepository#deleteMemberships(long,long)
DELETE FROM press_list_member WHERE unit_id = ? AND contact_id = ?;

-- @ vn.lantoa.press.contacts.ContactRepository#deleteOwn(long,long)
DELETE FROM press_contact WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.contacts.ContactRepository#findByUnitIdAndEmail(long,String)
SELECT contact_.`id`,contact_.`version`,contact_.`unit_id`,contact_.`outlet_id`,contact_.`full_name`,contact_.`beat`,contact_.`position`,contact_.`phone`,contact_.`email`,contact_.`note`,contact_.`active`,contact_.`created_at`,contact_.`updated_at` FROM `press_contact` contact_ WHERE (contact_.`unit_id` = ? AND contact_.`email` = ?);

-- @ vn.lantoa.press.contacts.ContactRepository#findByUnitIdAndId(long,long)
SELECT contact_.`id`,contact_.`version`,contact_.`unit_id`,contact_.`outlet_id`,contact_.`full_name`,contact_.`beat`,contact_.`position`,contact_.`phone`,contact_.`email`,contact_.`note`,contact_.`active`,contact_.`created_at`,contact_.`updated_at` FROM `press_contact` contact_ WHERE (contact_.`unit_id` = ? AND contact_.`id` = ?);

-- @ vn.lantoa.press.contacts.ContactRepository#findByUnitIdOrderByFullName(long)
SELECT contact_.`id`,contact_.`version`,contact_.`unit_id`,contact_.`outlet_id`,contact_.`full_name`,contact_.`beat`,contact_.`position`,contact_.`phone`,contact_.`email`,contact_.`note`,contact_.`active`,contact_.`created_at`,contact_.`updated_at` FROM `press_contact` contact_ WHERE (contact_.`unit_id` = ?) ORDER BY contact_.`full_name` ASC;

-- @ vn.lantoa.press.contacts.ContactRepository#save(Contact)
INSERT INTO `press_contact` (`unit_id`,`outlet_id`,`full_name`,`beat`,`position`,`phone`,`email`,`note`,`active`,`created_at`,`updated_at`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.press.contacts.ContactRepository#update(Contact)
UPDATE `press_contact` SET `unit_id`=?,`outlet_id`=?,`full_name`=?,`beat`=?,`position`=?,`phone`=?,`email`=?,`note`=?,`active`=?,`created_at`=?,`updated_at`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.press.contacts.OutletRepository#countContacts(long,long)
SELECT COUNT(*) FROM press_contact WHERE unit_id = ? AND outlet_id = ?;

-- @ vn.lantoa.press.contacts.OutletRepository#deleteOwn(long,long)
DELETE FROM press_outlet WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.contacts.OutletRepository#findByUnitIdAndId(long,long)
SELECT outlet_.`id`,outlet_.`version`,outlet_.`unit_id`,outlet_.`name`,outlet_.`kind`,outlet_.`scope`,outlet_.`website`,outlet_.`email`,outlet_.`phone`,outlet_.`created_at`,outlet_.`updated_at` FROM `press_outlet` outlet_ WHERE (outlet_.`unit_id` = ? AND outlet_.`id` = ?);

-- @ vn.lantoa.press.contacts.OutletRepository#findByUnitIdAndName(long,String)
SELECT outlet_.`id`,outlet_.`version`,outlet_.`unit_id`,outlet_.`name`,outlet_.`kind`,outlet_.`scope`,outlet_.`website`,outlet_.`email`,outlet_.`phone`,outlet_.`created_at`,outlet_.`updated_at` FROM `press_outlet` outlet_ WHERE (outlet_.`unit_id` = ? AND outlet_.`name` = ?);

-- @ vn.lantoa.press.contacts.OutletRepository#findByUnitIdOrderByName(long)
SELECT outlet_.`id`,outlet_.`version`,outlet_.`unit_id`,outlet_.`name`,outlet_.`kind`,outlet_.`scope`,outlet_.`website`,outlet_.`email`,outlet_.`phone`,outlet_.`created_at`,outlet_.`updated_at` FROM `press_outlet` outlet_ WHERE (outlet_.`unit_id` = ?) ORDER BY outlet_.`name` ASC;

-- @ vn.lantoa.press.contacts.OutletRepository#save(Outlet)
INSERT INTO `press_outlet` (`unit_id`,`name`,`kind`,`scope`,`website`,`email`,`phone`,`created_at`,`updated_at`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.press.contacts.OutletRepository#update(Outlet)
UPDATE `press_outlet` SET `unit_id`=?,`name`=?,`kind`=?,`scope`=?,`website`=?,`email`=?,`phone`=?,`created_at`=?,`updated_at`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.press.contacts.PressListRepository#addMember(long,long,long)
INSERT IGNORE INTO press_list_member (unit_id, list_id, contact_id) VALUES (?, ?, ?);

-- @ vn.lantoa.press.contacts.PressListRepository#deleteOwn(long,long)
DELETE FROM press_list WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.contacts.PressListRepository#findByUnitIdAndId(long,long)
SELECT press_list_.`id`,press_list_.`version`,press_list_.`unit_id`,press_list_.`name`,press_list_.`description`,press_list_.`shared_down`,press_list_.`created_at`,press_list_.`updated_at` FROM `press_list` press_list_ WHERE (press_list_.`unit_id` = ? AND press_list_.`id` = ?);

-- @ vn.lantoa.press.contacts.PressListRepository#findByUnitIdAndName(long,String)
SELECT press_list_.`id`,press_list_.`version`,press_list_.`unit_id`,press_list_.`name`,press_list_.`description`,press_list_.`shared_down`,press_list_.`created_at`,press_list_.`updated_at` FROM `press_list` press_list_ WHERE (press_list_.`unit_id` = ? AND press_list_.`name` = ?);

-- @ vn.lantoa.press.contacts.PressListRepository#findByUnitIdOrderByName(long)
SELECT press_list_.`id`,press_list_.`version`,press_list_.`unit_id`,press_list_.`name`,press_list_.`description`,press_list_.`shared_down`,press_list_.`created_at`,press_list_.`updated_at` FROM `press_list` press_list_ WHERE (press_list_.`unit_id` = ?) ORDER BY press_list_.`name` ASC;

-- @ vn.lantoa.press.contacts.PressListRepository#removeMember(long,long,long)
DELETE FROM press_list_member WHERE unit_id = ? AND list_id = ? AND contact_id = ?;

-- @ vn.lantoa.press.contacts.PressListRepository#removeMembers(long,long)
DELETE FROM press_list_member WHERE unit_id = ? AND list_id = ?;

-- @ vn.lantoa.press.contacts.PressListRepository#save(PressList)
INSERT INTO `press_list` (`unit_id`,`name`,`description`,`shared_down`,`created_at`,`updated_at`,`version`) VALUES (?,?,?,?,?,?,?);

-- @ vn.lantoa.press.contacts.PressListRepository#update(PressList)
UPDATE `press_list` SET `unit_id`=?,`name`=?,`description`=?,`shared_down`=?,`created_at`=?,`updated_at`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.press.events.PressEventRepository#findByUnitIdAndId(long,long)
SELECT press_event_.`id`,press_event_.`version`,press_event_.`unit_id`,press_event_.`kind`,press_event_.`title`,press_event_.`starts_at`,press_event_.`ends_at`,press_event_.`place`,press_event_.`description`,press_event_.`press_guests`,press_event_.`results`,press_event_.`created_at`,press_event_.`created_by`,press_event_.`updated_at`,press_event_.`updated_by` FROM `press_event` press_event_ WHERE (press_event_.`unit_id` = ? AND press_event_.`id` = ?);

-- @ vn.lantoa.press.events.PressEventRepository#findForUpdate(long,long)
SELECT * FROM press_event WHERE unit_id = ? AND id = ? FOR UPDATE;

-- @ vn.lantoa.press.events.PressEventRepository#past(long,Instant,int)
SELECT * FROM press_event WHERE unit_id = ? AND COALESCE(ends_at, starts_at) < ? ORDER BY starts_at DESC, id DESC LIMIT ?;

-- @ vn.lantoa.press.events.PressEventRepository#save(PressEvent)
INSERT INTO `press_event` (`unit_id`,`kind`,`title`,`starts_at`,`ends_at`,`place`,`description`,`press_guests`,`results`,`created_at`,`created_by`,`updated_at`,`updated_by`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.press.events.PressEventRepository#upcoming(long,Instant,int)
SELECT * FROM press_event WHERE unit_id = ? AND COALESCE(ends_at, starts_at) >= ? ORDER BY starts_at, id LIMIT ?;

-- @ vn.lantoa.press.events.PressEventRepository#update(PressEvent)
UPDATE `press_event` SET `unit_id`=?,`kind`=?,`title`=?,`starts_at`=?,`ends_at`=?,`place`=?,`description`=?,`press_guests`=?,`results`=?,`created_at`=?,`created_by`=?,`updated_at`=?,`updated_by`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.press.monitoring.ClippingRepository#findByUnitIdAndId(long,long)
SELECT clipping_.`id`,clipping_.`version`,clipping_.`unit_id`,clipping_.`url`,clipping_.`outlet_name`,clipping_.`outlet_kind`,clipping_.`title`,clipping_.`published_on`,clipping_.`tone`,clipping_.`topics`,clipping_.`reach`,clipping_.`note`,clipping_.`forwarded_from_id`,clipping_.`opinion_issue_id`,clipping_.`created_at`,clipping_.`created_by`,clipping_.`updated_at` FROM `press_clipping` clipping_ WHERE (clipping_.`unit_id` = ? AND clipping_.`id` = ?);

-- @ vn.lantoa.press.monitoring.ClippingRepository#findForUpdate(long,long)
SELECT * FROM press_clipping WHERE unit_id = ? AND id = ? FOR UPDATE;

-- @ vn.lantoa.press.monitoring.ClippingRepository#findForwarded(long,long)
SELECT * FROM press_clipping WHERE unit_id = ? AND forwarded_from_id = ? LIMIT 1;

-- @ vn.lantoa.press.monitoring.ClippingRepository#linkIssue(long,long,long)
UPDATE press_clipping SET opinion_issue_id = ? WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.monitoring.ClippingRepository#save(Clipping)
INSERT INTO `press_clipping` (`unit_id`,`url`,`outlet_name`,`outlet_kind`,`title`,`published_on`,`tone`,`topics`,`reach`,`note`,`forwarded_from_id`,`opinion_issue_id`,`created_at`,`created_by`,`updated_at`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.press.monitoring.ClippingRepository#update(Clipping)
UPDATE `press_clipping` SET `unit_id`=?,`url`=?,`outlet_name`=?,`outlet_kind`=?,`title`=?,`published_on`=?,`tone`=?,`topics`=?,`reach`=?,`note`=?,`forwarded_from_id`=?,`opinion_issue_id`=?,`created_at`=?,`created_by`=?,`updated_at`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.press.questions.QuestionRepository#countCodes(long,String)
SELECT COUNT(*) FROM press_question WHERE unit_id = ? AND code LIKE ?;

-- @ vn.lantoa.press.questions.QuestionRepository#findByUnitIdAndId(long,long)
SELECT question_.`id`,question_.`version`,question_.`unit_id`,question_.`code`,question_.`received_on`,question_.`channel`,question_.`outlet_name`,question_.`journalist_name`,question_.`journalist_email`,question_.`contact_id`,question_.`question`,question_.`due_on`,question_.`due_rule`,question_.`assignee_id`,question_.`status`,question_.`draft_text`,question_.`answer_text`,question_.`approved_by`,question_.`approved_at`,question_.`sent_at`,question_.`sent_by`,question_.`created_at`,question_.`created_by`,question_.`updated_at` FROM `press_question` question_ WHERE (question_.`unit_id` = ? AND question_.`id` = ?);

-- @ vn.lantoa.press.questions.QuestionRepository#findForUpdate(long,long)
SELECT * FROM press_question WHERE unit_id = ? AND id = ? FOR UPDATE;

-- @ vn.lantoa.press.questions.QuestionRepository#save(Question)
INSERT INTO `press_question` (`unit_id`,`code`,`received_on`,`channel`,`outlet_name`,`journalist_name`,`journalist_email`,`contact_id`,`question`,`due_on`,`due_rule`,`assignee_id`,`status`,`draft_text`,`answer_text`,`approved_by`,`approved_at`,`sent_at`,`sent_by`,`created_at`,`created_by`,`updated_at`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.press.questions.QuestionRepository#update(Question)
UPDATE `press_question` SET `unit_id`=?,`code`=?,`received_on`=?,`channel`=?,`outlet_name`=?,`journalist_name`=?,`journalist_email`=?,`contact_id`=?,`question`=?,`due_on`=?,`due_rule`=?,`assignee_id`=?,`status`=?,`draft_text`=?,`answer_text`=?,`approved_by`=?,`approved_at`=?,`sent_at`=?,`sent_by`=?,`created_at`=?,`created_by`=?,`updated_at`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.recognition.GoodExampleHopRepository#save(GoodExampleHop)
INSERT INTO `good_example_hop` (`unit_id`,`to_unit_id`,`good_example_id`,`story_id`,`created_at`,`created_by`) VALUES (?,?,?,?,?,?);

-- @ vn.lantoa.recognition.GoodExampleRepository#acceptedCopy(long,long)
SELECT s.republished_article_id FROM good_example_hop h JOIN story_submission s ON s.id = h.story_id WHERE h.to_unit_id = ? AND h.good_example_id = ? AND s.status = 'ACCEPTED';

-- @ vn.lantoa.recognition.GoodExampleRepository#countsByChild(long,String,LocalDate,LocalDate,String,Long)
SELECT c.id AS child_id, c.name AS child_name, COUNT(*) AS examples FROM (SELECT id FROM good_example WHERE unit_id = ? AND deed_on >= ? AND deed_on < ? UNION SELECT h.good_example_id FROM good_example_hop h JOIN story_submission s ON s.id = h.story_id AND s.status = 'ACCEPTED' WHERE h.to_unit_id = ?) k JOIN good_example g ON g.id = k.id JOIN unit o ON o.id = g.unit_id LEFT JOIN good_example_hop h ON h.good_example_id = g.id AND h.to_unit_id = ? LEFT JOIN unit f ON f.id = h.unit_id LEFT JOIN unit c ON g.unit_id <> ? AND c.id = CAST(SUBSTRING_INDEX(SUBSTRING(o.path, CHAR_LENGTH(?) + 1), '/', 1) AS UNSIGNED) WHERE g.deed_on >= ? AND g.deed_on < ? AND (? IS NULL OR g.field = ?) AND (? IS NULL OR g.unit_id = ? OR c.id = ?) GROUP BY c.id, c.name ORDER BY c.id IS NOT NULL, c.name;

-- @ vn.lantoa.recognition.GoodExampleRepository#hops(long)
SELECT h.story_id, h.unit_id, f.name AS unit_name, h.to_unit_id, t.name AS to_unit_name, s.status, h.created_at FROM good_example_hop h JOIN unit f ON f.id = h.unit_id JOIN unit t ON t.id = h.to_unit_id JOIN story_submission s ON s.id = h.story_id WHERE h.good_example_id = ? ORDER BY h.created_at, h.id;

-- @ vn.lantoa.recognition.GoodExampleRepository#register(long,String,LocalDate,LocalDate,String,Long,int)
SELECT g.id, g.unit_id, o.name AS unit_name, g.honoree, g.collective, g.honoree_unit, g.deed, g.deed_on, g.field, h.unit_id AS from_unit_id, f.name AS from_unit_name, c.id AS child_id, c.name AS child_name, us.status AS sent_status, ut.name AS sent_to_name FROM (SELECT id FROM good_example WHERE unit_id = ? AND deed_on >= ? AND deed_on < ? UNION SELECT h.good_example_id FROM good_example_hop h JOIN story_submission s ON s.id = h.story_id AND s.status = 'ACCEPTED' WHERE h.to_unit_id = ?) k JOIN good_example g ON g.id = k.id JOIN unit o ON o.id = g.unit_id LEFT JOIN good_example_hop h ON h.good_example_id = g.id AND h.to_unit_id = ? LEFT JOIN unit f ON f.id = h.unit_id LEFT JOIN unit c ON g.unit_id <> ? AND c.id = CAST(SUBSTRING_INDEX(SUBSTRING(o.path, CHAR_LENGTH(?) + 1), '/', 1) AS UNSIGNED) LEFT JOIN good_example_hop up ON up.good_example_id = g.id AND up.unit_id = ? LEFT JOIN story_submission us ON us.id = up.story_id LEFT JOIN unit ut ON ut.id = up.to_unit_id WHERE g.deed_on >= ? AND g.deed_on < ? AND (? IS NULL OR g.field = ?) AND (? IS NULL OR g.unit_id = ? OR c.id = ?) ORDER BY g.deed_on DESC, g.id DESC LIMIT ?;

-- @ vn.lantoa.recognition.GoodExampleRepository#save(GoodExample)
INSERT INTO `good_example` (`unit_id`,`article_id`,`honoree`,`collective`,`honoree_unit`,`deed`,`deed_on`,`field`,`created_at`,`created_by`) VALUES (?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.recognition.GoodExampleRepository#sentBy(long,long)
SELECT COUNT(*) > 0 FROM good_example_hop WHERE unit_id = ? AND good_example_id = ?;

-- @ vn.lantoa.recognition.GoodExampleRepository#visibleTo(long,long)
SELECT g.* FROM good_example g WHERE g.id = ? AND (g.unit_id = ? OR EXISTS (SELECT 1 FROM good_example_hop h WHERE h.good_example_id = g.id AND h.to_unit_id = ?));

-- @ vn.lantoa.recognition.GoodExampleRepository#years(long)
SELECT DISTINCT YEAR(g.deed_on) FROM good_example g WHERE g.unit_id = ? OR g.id IN (SELECT h.good_example_id FROM good_example_hop h WHERE h.to_unit_id = ?) ORDER BY 1 DESC;

-- @ vn.lantoa.reporting.core.HistoryNames#fullName(Long)
SELECT COALESCE(MAX(full_name), '') FROM app_user WHERE id = ?;

-- @ vn.lantoa.reporting.core.PeopleToTell#countActiveMembers(Long)
SELECT COUNT(DISTINCT u.id) FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? AND u.status = 'ACTIVE';

-- @ vn.lantoa.reporting.core.PeopleToTell#reportingEmails(Long)
SELECT DISTINCT u.email FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? AND m.role IN ('UNIT_ADMIN', 'COMMITTEE_HEAD', 'REPORTER') AND u.status = 'ACTIVE' ORDER BY u.email;

-- @ vn.lantoa.reporting.core.ReportRepository#decide(Long,Long,String,Instant,Long,String)
UPDATE report SET status = ?, decided_at = ?, decided_by = ?, return_reason = ?, updated_at = ?, version = version + 1 WHERE recipient_unit_id = ? AND id = ? AND status = 'SUBMITTED';

-- @ vn.lantoa.reporting.core.ReportRepository#findById$WithoutTenancy(Long)
SELECT * FROM report WHERE id = ?;

-- @ vn.lantoa.reporting.core.ReportRepository#findByIdIn$WithoutTenancy(Collection)
SELECT * FROM report WHERE id IN (?);

-- @ vn.lantoa.reporting.core.ReportRepository#findByRecipientUnitIdAndId(Long,Long)
SELECT report_.`id`,report_.`unit_id`,report_.`obligation_id`,report_.`period_code`,report_.`recipient_unit_id`,report_.`form_version_id`,report_.`status`,report_.`answers`,report_.`prefilled`,report_.`row_count`,report_.`first_submitted_at`,report_.`submitted_at`,report_.`submitted_by`,report_.`signed_by`,report_.`decided_at`,report_.`decided_by`,report_.`return_reason`,report_.`revision`,report_.`created_at`,report_.`updated_at`,report_.`created_by`,report_.`updated_by`,report_.`version`,report_.`basis` FROM `report` report_ WHERE (report_.`recipient_unit_id` = ? AND report_.`id` = ?);

-- @ vn.lantoa.reporting.core.ReportRepository#findByUnit(Long)
SELECT * FROM report WHERE unit_id = ? ORDER BY updated_at DESC LIMIT 200;

-- @ vn.lantoa.reporting.core.ReportRepository#findByUnitIdAndId(Long,Long)
SELECT report_.`id`,report_.`unit_id`,report_.`obligation_id`,report_.`period_code`,report_.`recipient_unit_id`,report_.`form_version_id`,report_.`status`,report_.`answers`,report_.`prefilled`,report_.`row_count`,report_.`first_submitted_at`,report_.`submitted_at`,report_.`submitted_by`,report_.`signed_by`,report_.`decided_at`,report_.`decided_by`,report_.`return_reason`,report_.`revision`,report_.`created_at`,report_.`updated_at`,report_.`created_by`,report_.`updated_by`,report_.`version`,report_.`basis` FROM `report` report_ WHERE (report_.`unit_id` = ? AND report_.`id` = ?);

-- @ vn.lantoa.reporting.core.ReportRepository#findByUnitIdAndObligationIdAndPeriodCode(Long,Long,String)
SELECT report_.`id`,report_.`unit_id`,report_.`obligation_id`,report_.`period_code`,report_.`recipient_unit_id`,report_.`form_version_id`,report_.`status`,report_.`answers`,report_.`prefilled`,report_.`row_count`,report_.`first_submitted_at`,report_.`submitted_at`,report_.`submitted_by`,report_.`signed_by`,report_.`decided_at`,report_.`decided_by`,report_.`return_reason`,report_.`revision`,report_.`created_at`,report_.`updated_at`,report_.`created_by`,report_.`updated_by`,report_.`version`,report_.`basis` FROM `report` report_ WHERE (report_.`unit_id` = ? AND report_.`obligation_id` = ? AND report_.`period_code` = ?);

-- @ vn.lantoa.reporting.core.ReportRepository#lock(Long,Long)
SELECT * FROM report WHERE unit_id = ? AND id = ? FOR UPDATE;

-- @ vn.lantoa.reporting.core.ReportRepository#lockSlot(Long,Long,String)
SELECT * FROM report WHERE unit_id = ? AND obligation_id = ? AND period_code = ? FOR UPDATE;

-- @ vn.lantoa.reporting.core.ReportRepository#markSubmitted(Long,Long,Long,Instant,Long,Long)
UPDATE report SET status = 'SUBMITTED', recipient_unit_id = ?, first_submitted_at = COALESCE(first_submitted_at, ?), submitted_at = ?, submitted_by = ?, signed_by = ?, decided_at = NULL, decided_by = NULL, return_reason = NULL, revision = revision + 1, updated_at = ?, updated_by = ?, version = version + 1 WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.reporting.core.ReportRepository#save(Report)
INSERT INTO `report` (`unit_id`,`obligation_id`,`period_code`,`recipient_unit_id`,`form_version_id`,`status`,`answers`,`prefilled`,`row_count`,`first_submitted_at`,`submitted_at`,`submitted_by`,`signed_by`,`decided_at`,`decided_by`,`return_reason`,`revision`,`created_at`,`updated_at`,`created_by`,`updated_by`,`version`,`basis`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.reporting.core.ReportRepository#saveAnswers(Long,Long,String,String,int,Long,String,Instant,Long)
UPDATE report SET answers = ?, prefilled = ?, row_count = ?, form_version_id = ?, status = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.reporting.core.ReportRepository#setBasis(Long,Long,String)
UPDATE report SET basis = ? WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.reporting.core.ReportRepository#submitAnswers(Long,Long,String,int,Long,Long,Instant,Long,Long)
UPDATE report SET answers = ?, row_count = ?, form_version_id = ?, status = 'SUBMITTED', recipient_unit_id = ?, first_submitted_at = COALESCE(first_submitted_at, ?), submitted_at = ?, submitted_by = ?, signed_by = ?, decided_at = NULL, decided_by = NULL, return_reason = NULL, revision = revision + 1, updated_at = ?, updated_by = ?, version = version + 1 WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.reporting.core.ReportVersionRepository#findByReportIdAndToken(Long,String)
SELECT report_version_.`id`,report_version_.`unit_id`,report_version_.`report_id`,report_version_.`number`,report_version_.`action`,report_version_.`answers`,report_version_.`note`,report_version_.`token`,report_version_.`created_at`,report_version_.`created_by` FROM `report_version` report_version_ WHERE (report_version_.`report_id` = ? AND report_version_.`token` = ?);

-- @ vn.lantoa.reporting.core.ReportVersionRepository#history(Long,Long)
SELECT * FROM report_version WHERE unit_id = ? AND report_id = ? ORDER BY number;

-- @ vn.lantoa.reporting.core.ReportVersionRepository#lastNumber(Long,Long)
SELECT COALESCE(MAX(number), 0) FROM report_version WHERE unit_id = ? AND report_id = ?;

-- @ vn.lantoa.reporting.core.ReportVersionRepository#save(ReportVersion)
INSERT INTO `report_version` (`unit_id`,`report_id`,`number`,`action`,`answers`,`note`,`token`,`created_at`,`created_by`) VALUES (?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.reporting.form.ReportFormRepository#findById$WithoutTenancy(Long)
SELECT * FROM report_form WHERE id = ?;

-- @ vn.lantoa.reporting.form.ReportFormRepository#findByUnit(Long)
SELECT * FROM report_form WHERE unit_id = ? ORDER BY title;

-- @ vn.lantoa.reporting.form.ReportFormRepository#findByUnitIdAndId(Long,Long)
SELECT report_form_.`id`,report_form_.`version`,report_form_.`unit_id`,report_form_.`title`,report_form_.`current_version`,report_form_.`created_at`,report_form_.`updated_at`,report_form_.`created_by`,report_form_.`updated_by` FROM `report_form` report_form_ WHERE (report_form_.`unit_id` = ? AND report_form_.`id` = ?);

-- @ vn.lantoa.reporting.form.ReportFormRepository#save(ReportForm)
INSERT INTO `report_form` (`unit_id`,`title`,`current_version`,`created_at`,`updated_at`,`created_by`,`updated_by`,`version`) VALUES (?,?,?,?,?,?,?,?);

-- @ vn.lantoa.reporting.form.ReportFormRepository#update(ReportForm)
UPDATE `report_form` SET `unit_id`=?,`title`=?,`current_version`=?,`created_at`=?,`updated_at`=?,`created_by`=?,`updated_by`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.reporting.form.ReportFormVersionRepository#findById$WithoutTenancy(Long)
SELECT * FROM report_form_version WHERE id = ?;

-- @ vn.lantoa.reporting.form.ReportFormVersionRepository#findByUnitIdAndFormIdAndNumber(Long,Long,int)
SELECT report_form_version_.`id`,report_form_version_.`unit_id`,report_form_version_.`form_id`,report_form_version_.`number`,report_form_version_.`definition`,report_form_version_.`created_at`,report_form_version_.`created_by` FROM `report_form_version` report_form_version_ WHERE (report_form_version_.`unit_id` = ? AND report_form_version_.`form_id` = ? AND report_form_version_.`number` = ?);

-- @ vn.lantoa.reporting.form.ReportFormVersionRepository#findCurrent$WithoutTenancy(Long)
SELECT v.* FROM report_form f JOIN report_form_version v ON v.unit_id = f.unit_id AND v.form_id = f.id AND v.number = f.current_version WHERE f.id = ?;

-- @ vn.lantoa.reporting.form.ReportFormVersionRepository#history(Long,Long)
SELECT * FROM report_form_version WHERE unit_id = ? AND form_id = ? ORDER BY number DESC;

-- @ vn.lantoa.reporting.form.ReportFormVersionRepository#save(ReportFormVersion)
INSERT INTO `report_form_version` (`unit_id`,`form_id`,`number`,`definition`,`created_at`,`created_by`) VALUES (?,?,?,?,?,?);

-- @ vn.lantoa.reporting.obligation.ObligationRepository#findActiveIssuedByAny$WithoutTenancy(Collection)
SELECT * FROM obligation WHERE unit_id IN (?) AND active = TRUE ORDER BY title;

-- @ vn.lantoa.reporting.obligation.ObligationRepository#findAllActive$WithoutTenancy()
SELECT * FROM obligation WHERE active = TRUE;

-- @ vn.lantoa.reporting.obligation.ObligationRepository#findById$WithoutTenancy(Long)
SELECT * FROM obligation WHERE id = ?;

-- @ vn.lantoa.reporting.obligation.ObligationRepository#findByUnitIdAndId(Long,Long)
SELECT obligation_.`id`,obligation_.`version`,obligation_.`unit_id`,obligation_.`form_id`,obligation_.`title`,obligation_.`audience`,obligation_.`recipient`,obligation_.`period_type`,obligation_.`due_rule`,obligation_.`move_off_days_off`,obligation_.`opens_days_before`,obligation_.`reminder_days`,obligation_.`lock_days`,obligation_.`escalate_days`,obligation_.`requires_signoff`,obligation_.`starts_on`,obligation_.`active`,obligation_.`created_at`,obligation_.`updated_at`,obligation_.`created_by`,obligation_.`updated_by`,obligation_.`listed_periods` FROM `obligation` obligation_ WHERE (obligation_.`unit_id` = ? AND obligation_.`id` = ?);

-- @ vn.lantoa.reporting.obligation.ObligationRepository#findIssuedBy(Long)
SELECT * FROM obligation WHERE unit_id = ? ORDER BY active DESC, title;

-- @ vn.lantoa.reporting.obligation.ObligationRepository#save(Obligation)
INSERT INTO `obligation` (`unit_id`,`form_id`,`title`,`audience`,`recipient`,`period_type`,`due_rule`,`move_off_days_off`,`opens_days_before`,`reminder_days`,`lock_days`,`escalate_days`,`requires_signoff`,`starts_on`,`active`,`created_at`,`updated_at`,`created_by`,`updated_by`,`listed_periods`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.reporting.obligation.ObligationRepository#update(Obligation)
UPDATE `obligation` SET `unit_id`=?,`form_id`=?,`title`=?,`audience`=?,`recipient`=?,`period_type`=?,`due_rule`=?,`move_off_days_off`=?,`opens_days_before`=?,`reminder_days`=?,`lock_days`=?,`escalate_days`=?,`requires_signoff`=?,`starts_on`=?,`active`=?,`created_at`=?,`updated_at`=?,`created_by`=?,`updated_by`=?,`listed_periods`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.reporting.send.PrefillRepository#articlesPublished(Long,Instant,Instant)
SELECT COUNT(*) FROM article WHERE unit_id = ? AND status IN ('PUBLISHED', 'ARCHIVED') AND published_at >= ? AND published_at < ?;

-- @ vn.lantoa.reporting.send.PrefillRepository#clippings(Long,LocalDate,LocalDate)
SELECT COUNT(*) FROM press_clipping WHERE unit_id = ? AND published_on >= ? AND published_on <= ?;

-- @ vn.lantoa.reporting.send.PrefillRepository#clippingsOfTone(Long,LocalDate,LocalDate,String)
SELECT COUNT(*) FROM press_clipping WHERE unit_id = ? AND published_on >= ? AND published_on <= ? AND tone = ?;

-- @ vn.lantoa.reporting.send.PrefillRepository#documentsPublished(Long,Instant,Instant)
SELECT COUNT(*) FROM official_document WHERE unit_id = ? AND status = 'PUBLISHED' AND published_at >= ? AND published_at < ?;

-- @ vn.lantoa.reporting.send.PrefillRepository#feedbackHandled(Long,Instant,Instant)
SELECT COUNT(*) FROM desk_case WHERE unit_id = ? AND spam = FALSE AND received_at >= ? AND received_at < ? AND ((answered_at IS NOT NULL AND answered_at < ?) OR (closed_at IS NOT NULL AND closed_at < ?));

-- @ vn.lantoa.reporting.send.PrefillRepository#feedbackReceived(Long,Instant,Instant)
SELECT COUNT(*) FROM desk_case WHERE unit_id = ? AND spam = FALSE AND received_at >= ? AND received_at < ?;

-- @ vn.lantoa.reporting.send.PrefillRepository#opinionIssuesArisen(Long,LocalDate,LocalDate)
SELECT COUNT(*) FROM public_opinion_issue WHERE unit_id = ? AND first_seen_on >= ? AND first_seen_on <= ?;

-- @ vn.lantoa.reporting.send.PrefillRepository#opinionIssuesResolved(Long,LocalDate,LocalDate,Instant)
SELECT COUNT(*) FROM public_opinion_issue WHERE unit_id = ? AND first_seen_on >= ? AND first_seen_on <= ? AND status = 'RESOLVED' AND resolved_at < ?;

-- @ vn.lantoa.reporting.send.PrefillRepository#sharesAcknowledged(Long,Instant,Instant)
SELECT COUNT(*) FROM share_target WHERE unit_id = ? AND acknowledged_at >= ? AND acknowledged_at < ?;

-- @ vn.lantoa.reporting.send.PrefillRepository#storiesAccepted(Long,Instant,Instant)
SELECT COUNT(*) FROM story_submission WHERE unit_id = ? AND status = 'ACCEPTED' AND decided_at >= ? AND decided_at < ?;

-- @ vn.lantoa.reporting.send.PrefillRepository#storiesSent(Long,Instant,Instant)
SELECT COUNT(*) FROM story_submission WHERE unit_id = ? AND created_at >= ? AND created_at < ?;

-- @ vn.lantoa.sharing.ShareRepository#acknowledge(Long,Long,Instant,Long)
UPDATE share_target SET acknowledged_at = ?, acknowledged_by = ? WHERE share_id = ? AND unit_id = ? AND acknowledged_at IS NULL;

-- @ vn.lantoa.sharing.ShareRepository#acknowledgements(Long)
SELECT u.id AS unit_id, u.name AS unit_name, t.acknowledged_at, p.full_name AS acknowledged_by_name FROM share_target t JOIN unit u ON u.id = t.unit_id LEFT JOIN app_user p ON p.id = t.acknowledged_by WHERE t.share_id = ? ORDER BY t.acknowledged_at IS NULL DESC, u.name;

-- @ vn.lantoa.sharing.ShareRepository#addTargets(Long,String,Long,String,String,Integer)
INSERT INTO share_target (share_id, unit_id) SELECT ?, id FROM unit WHERE path LIKE CONCAT(?, '%') AND id <> ? AND closed_on IS NULL AND (? IS NULL OR type = ?) AND (? IS NULL OR school_level = ?) AND (? IS NULL OR depth <= ?);

-- @ vn.lantoa.sharing.ShareRepository#asksAcknowledgement(Long)
SELECT COUNT(*) > 0 FROM share WHERE id = ? AND requires_ack = TRUE;

-- @ vn.lantoa.sharing.ShareRepository#findAllReceived(Long)
SELECT s.id AS share_id, s.item_type, s.item_id, COALESCE(a.title, d.summary) AS title, a.slug AS item_slug, d.number, u.id AS from_unit_id, u.name AS from_unit_name, u.slug AS from_unit_slug, s.created_at AS shared_at, s.requires_ack, t.acknowledged_at FROM share_target t JOIN share s ON s.id = t.share_id JOIN unit u ON u.id = s.unit_id LEFT JOIN article a ON s.item_type = 'ARTICLE' AND a.id = s.item_id AND a.unit_id = s.unit_id AND a.status = 'PUBLISHED' LEFT JOIN official_document d ON s.item_type = 'DOCUMENT' AND d.id = s.item_id AND d.unit_id = s.unit_id AND d.status = 'PUBLISHED' WHERE t.unit_id = ? AND (a.id IS NOT NULL OR d.id IS NOT NULL) ORDER BY s.created_at DESC, s.id DESC;

-- @ vn.lantoa.sharing.ShareRepository#findAllSent(Long)
SELECT s.id, s.item_type, s.item_id, COALESCE(a.title, CONCAT(d.number, ': ', d.summary)) AS title, s.audience, s.requires_ack, s.created_at, (SELECT COUNT(*) FROM share_target t WHERE t.share_id = s.id) AS recipients, (SELECT COUNT(*) FROM share_target t WHERE t.share_id = s.id AND t.acknowledged_at IS NOT NULL) AS acknowledged, GREATEST(s.created_at, COALESCE((SELECT MAX(t.acknowledged_at) FROM share_target t WHERE t.share_id = s.id), s.created_at)) AS updated_at FROM share s LEFT JOIN article a ON s.item_type = 'ARTICLE' AND a.id = s.item_id AND a.unit_id = s.unit_id LEFT JOIN official_document d ON s.item_type = 'DOCUMENT' AND d.id = s.item_id AND d.unit_id = s.unit_id WHERE s.unit_id = ? ORDER BY s.created_at DESC, s.id DESC;

-- @ vn.lantoa.sharing.ShareRepository#findAwaitingAck(Long)
SELECT s.id AS share_id, s.item_type, s.item_id, COALESCE(a.title, d.summary) AS title, a.slug AS item_slug, d.number, u.id AS from_unit_id, u.name AS from_unit_name, u.slug AS from_unit_slug, s.created_at AS shared_at, s.requires_ack, t.acknowledged_at FROM share_target t JOIN share s ON s.id = t.share_id JOIN unit u ON u.id = s.unit_id LEFT JOIN article a ON s.item_type = 'ARTICLE' AND a.id = s.item_id AND a.unit_id = s.unit_id AND a.status = 'PUBLISHED' LEFT JOIN official_document d ON s.item_type = 'DOCUMENT' AND d.id = s.item_id AND d.unit_id = s.unit_id AND d.status = 'PUBLISHED' WHERE t.unit_id = ? AND (a.id IS NOT NULL OR d.id IS NOT NULL) AND s.requires_ack = TRUE AND t.acknowledged_at IS NULL ORDER BY s.created_at;

-- @ vn.lantoa.sharing.ShareRepository#findByUnitIdAndId(Long,Long)
SELECT share_.`id`,share_.`unit_id`,share_.`item_type`,share_.`item_id`,share_.`audience`,share_.`requires_ack`,share_.`created_at`,share_.`created_by` FROM `share` share_ WHERE (share_.`unit_id` = ? AND share_.`id` = ?);

-- @ vn.lantoa.sharing.ShareRepository#findForItem(Long,String,Long)
SELECT * FROM share WHERE unit_id = ? AND item_type = ? AND item_id = ? ORDER BY created_at DESC;

-- @ vn.lantoa.sharing.ShareRepository#findReceived(Long,int)
SELECT s.id AS share_id, s.item_type, s.item_id, COALESCE(a.title, d.summary) AS title, a.slug AS item_slug, d.number, u.id AS from_unit_id, u.name AS from_unit_name, u.slug AS from_unit_slug, s.created_at AS shared_at, s.requires_ack, t.acknowledged_at FROM share_target t JOIN share s ON s.id = t.share_id JOIN unit u ON u.id = s.unit_id LEFT JOIN article a ON s.item_type = 'ARTICLE' AND a.id = s.item_id AND a.unit_id = s.unit_id AND a.status = 'PUBLISHED' LEFT JOIN official_document d ON s.item_type = 'DOCUMENT' AND d.id = s.item_id AND d.unit_id = s.unit_id AND d.status = 'PUBLISHED' WHERE t.unit_id = ? AND (a.id IS NOT NULL OR d.id IS NOT NULL) ORDER BY s.created_at DESC, s.id DESC LIMIT ?;

-- @ vn.lantoa.sharing.ShareRepository#findReceivedOne(Long,Long)
SELECT s.id AS share_id, s.item_type, s.item_id, COALESCE(a.title, d.summary) AS title, a.slug AS item_slug, d.number, u.id AS from_unit_id, u.name AS from_unit_name, u.slug AS from_unit_slug, s.created_at AS shared_at, s.requires_ack, t.acknowledged_at FROM share_target t JOIN share s ON s.id = t.share_id JOIN unit u ON u.id = s.unit_id LEFT JOIN article a ON s.item_type = 'ARTICLE' AND a.id = s.item_id AND a.unit_id = s.unit_id AND a.status = 'PUBLISHED' LEFT JOIN official_document d ON s.item_type = 'DOCUMENT' AND d.id = s.item_id AND d.unit_id = s.unit_id AND d.status = 'PUBLISHED' WHERE t.unit_id = ? AND (a.id IS NOT NULL OR d.id IS NOT NULL) AND s.id = ?;

-- @ vn.lantoa.sharing.ShareRepository#findSent(Long,int)
SELECT s.id, s.item_type, s.item_id, COALESCE(a.title, CONCAT(d.number, ': ', d.summary)) AS title, s.audience, s.requires_ack, s.created_at, (SELECT COUNT(*) FROM share_target t WHERE t.share_id = s.id) AS recipients, (SELECT COUNT(*) FROM share_target t WHERE t.share_id = s.id AND t.acknowledged_at IS NOT NULL) AS acknowledged, GREATEST(s.created_at, COALESCE((SELECT MAX(t.acknowledged_at) FROM share_target t WHERE t.share_id = s.id), s.created_at)) AS updated_at FROM share s LEFT JOIN article a ON s.item_type = 'ARTICLE' AND a.id = s.item_id AND a.unit_id = s.unit_id LEFT JOIN official_document d ON s.item_type = 'DOCUMENT' AND d.id = s.item_id AND d.unit_id = s.unit_id WHERE s.unit_id = ? ORDER BY s.created_at DESC, s.id DESC LIMIT ?;

-- @ vn.lantoa.sharing.ShareRepository#findSentOne(Long,Long)
SELECT s.id, s.item_type, s.item_id, COALESCE(a.title, CONCAT(d.number, ': ', d.summary)) AS title, s.audience, s.requires_ack, s.created_at, (SELECT COUNT(*) FROM share_target t WHERE t.share_id = s.id) AS recipients, (SELECT COUNT(*) FROM share_target t WHERE t.share_id = s.id AND t.acknowledged_at IS NOT NULL) AS acknowledged, GREATEST(s.created_at, COALESCE((SELECT MAX(t.acknowledged_at) FROM share_target t WHERE t.share_id = s.id), s.created_at)) AS updated_at FROM share s LEFT JOIN article a ON s.item_type = 'ARTICLE' AND a.id = s.item_id AND a.unit_id = s.unit_id LEFT JOIN official_document d ON s.item_type = 'DOCUMENT' AND d.id = s.item_id AND d.unit_id = s.unit_id WHERE s.unit_id = ? AND s.id = ?;

-- @ vn.lantoa.sharing.ShareRepository#isTarget(Long,Long)
SELECT COUNT(*) > 0 FROM share_target WHERE share_id = ? AND unit_id = ?;

-- @ vn.lantoa.sharing.ShareRepository#save(Share)
INSERT INTO `share` (`unit_id`,`item_type`,`item_id`,`audience`,`requires_ack`,`created_at`,`created_by`) VALUES (?,?,?,?,?,?,?);

-- @ vn.lantoa.sharing.StoryRepository#allReceived(Long)
SELECT s.id, s.unit_id, f.name AS unit_name, s.to_unit_id, t.name AS to_unit_name, s.article_id, a.title, s.note, s.status, s.decision_reason, s.created_at, p.full_name AS created_by_name, s.decided_at, s.republished_article_id FROM story_submission s JOIN unit f ON f.id = s.unit_id JOIN unit t ON t.id = s.to_unit_id JOIN article a ON a.id = s.article_id AND a.unit_id = s.unit_id LEFT JOIN app_user p ON p.id = s.created_by WHERE s.to_unit_id = ? ORDER BY s.created_at DESC, s.id DESC;

-- @ vn.lantoa.sharing.StoryRepository#allSent(Long)
SELECT s.id, s.unit_id, f.name AS unit_name, s.to_unit_id, t.name AS to_unit_name, s.article_id, a.title, s.note, s.status, s.decision_reason, s.created_at, p.full_name AS created_by_name, s.decided_at, s.republished_article_id FROM story_submission s JOIN unit f ON f.id = s.unit_id JOIN unit t ON t.id = s.to_unit_id JOIN article a ON a.id = s.article_id AND a.unit_id = s.unit_id LEFT JOIN app_user p ON p.id = s.created_by WHERE s.unit_id = ? ORDER BY s.created_at DESC, s.id DESC;

-- @ vn.lantoa.sharing.StoryRepository#countByToUnitIdAndStatus(Long,Status)
SELECT COUNT(*) FROM `story_submission` story_ WHERE (story_.`to_unit_id` = ? AND story_.`status` = ?);

-- @ vn.lantoa.sharing.StoryRepository#decide(Long,Long,String,String,Long,Instant,Long)
UPDATE story_submission SET status = ?, decision_reason = ?, republished_article_id = ?, decided_at = ?, decided_by = ? WHERE to_unit_id = ? AND id = ? AND status = 'PENDING';

-- @ vn.lantoa.sharing.StoryRepository#existsByUnitIdAndArticleIdAndStatus(Long,Long,Status)
SELECT TRUE FROM `story_submission` story_ WHERE (story_.`unit_id` = ? AND story_.`article_id` = ? AND story_.`status` = ?);

-- @ vn.lantoa.sharing.StoryRepository#findByToUnitIdAndId(Long,Long)
SELECT story_.`id`,story_.`unit_id`,story_.`to_unit_id`,story_.`article_id`,story_.`note`,story_.`status`,story_.`decision_reason`,story_.`republished_article_id`,story_.`created_at`,story_.`created_by`,story_.`decided_at`,story_.`decided_by` FROM `story_submission` story_ WHERE (story_.`to_unit_id` = ? AND story_.`id` = ?);

-- @ vn.lantoa.sharing.StoryRepository#inbox(Long)
SELECT s.id, s.unit_id, f.name AS unit_name, s.to_unit_id, t.name AS to_unit_name, s.article_id, a.title, s.note, s.status, s.decision_reason, s.created_at, p.full_name AS created_by_name, s.decided_at, s.republished_article_id FROM story_submission s JOIN unit f ON f.id = s.unit_id JOIN unit t ON t.id = s.to_unit_id JOIN article a ON a.id = s.article_id AND a.unit_id = s.unit_id LEFT JOIN app_user p ON p.id = s.created_by WHERE s.to_unit_id = ? ORDER BY s.status = 'PENDING' DESC, s.created_at DESC LIMIT 200;

-- @ vn.lantoa.sharing.StoryRepository#inboxRow(Long,Long)
SELECT s.id, s.unit_id, f.name AS unit_name, s.to_unit_id, t.name AS to_unit_name, s.article_id, a.title, s.note, s.status, s.decision_reason, s.created_at, p.full_name AS created_by_name, s.decided_at, s.republished_article_id FROM story_submission s JOIN unit f ON f.id = s.unit_id JOIN unit t ON t.id = s.to_unit_id JOIN article a ON a.id = s.article_id AND a.unit_id = s.unit_id LEFT JOIN app_user p ON p.id = s.created_by WHERE s.to_unit_id = ? AND s.id = ?;

-- @ vn.lantoa.sharing.StoryRepository#newsroomEmails(Long)
SELECT DISTINCT u.email FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? AND m.role IN ('UNIT_ADMIN', 'COMMITTEE_HEAD', 'EDITOR') AND u.status = 'ACTIVE';

-- @ vn.lantoa.sharing.StoryRepository#rowOfEitherEnd(Long,Long)
SELECT s.id, s.unit_id, f.name AS unit_name, s.to_unit_id, t.name AS to_unit_name, s.article_id, a.title, s.note, s.status, s.decision_reason, s.created_at, p.full_name AS created_by_name, s.decided_at, s.republished_article_id FROM story_submission s JOIN unit f ON f.id = s.unit_id JOIN unit t ON t.id = s.to_unit_id JOIN article a ON a.id = s.article_id AND a.unit_id = s.unit_id LEFT JOIN app_user p ON p.id = s.created_by WHERE s.id = ? AND (s.to_unit_id = ? OR s.unit_id = ?);

-- @ vn.lantoa.sharing.StoryRepository#save(Story)
INSERT INTO `story_submission` (`unit_id`,`to_unit_id`,`article_id`,`note`,`status`,`decision_reason`,`republished_article_id`,`created_at`,`created_by`,`decided_at`,`decided_by`) VALUES (?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.sharing.StoryRepository#sent(Long)
SELECT s.id, s.unit_id, f.name AS unit_name, s.to_unit_id, t.name AS to_unit_name, s.article_id, a.title, s.note, s.status, s.decision_reason, s.created_at, p.full_name AS created_by_name, s.decided_at, s.republished_article_id FROM story_submission s JOIN unit f ON f.id = s.unit_id JOIN unit t ON t.id = s.to_unit_id JOIN article a ON a.id = s.article_id AND a.unit_id = s.unit_id LEFT JOIN app_user p ON p.id = s.created_by WHERE s.unit_id = ? ORDER BY s.created_at DESC LIMIT 200;

-- @ vn.lantoa.tenancy.MembershipRepository#countByUnitIdAndRole(Long,Role)
SELECT COUNT(*) FROM `membership` membership_ WHERE (membership_.`unit_id` = ? AND membership_.`role` = ?);

-- @ vn.lantoa.tenancy.MembershipRepository#deleteByUnitIdAndId(Long,Long)
DELETE FROM `membership` WHERE (`unit_id` = ? AND `id` = ?);

-- @ vn.lantoa.tenancy.MembershipRepository#existsByUnitIdAndUserIdAndRole(Long,Long,Role)
SELECT TRUE FROM `membership` membership_ WHERE (membership_.`unit_id` = ? AND membership_.`user_id` = ? AND membership_.`role` = ?);

-- @ vn.lantoa.tenancy.MembershipRepository#findAllOfUser$WithoutTenancy(Long)
SELECT * FROM membership WHERE user_id = ? ORDER BY id;

-- @ vn.lantoa.tenancy.MembershipRepository#findByUnitIdAndId(Long,Long)
SELECT membership_.`id`,membership_.`unit_id`,membership_.`user_id`,membership_.`role`,membership_.`created_at`,membership_.`created_by` FROM `membership` membership_ WHERE (membership_.`unit_id` = ? AND membership_.`id` = ?);

-- @ vn.lantoa.tenancy.MembershipRepository#findByUnitIdAndUserId(Long,Long)
SELECT membership_.`id`,membership_.`unit_id`,membership_.`user_id`,membership_.`role`,membership_.`created_at`,membership_.`created_by` FROM `membership` membership_ WHERE (membership_.`unit_id` = ? AND membership_.`user_id` = ?);

-- @ vn.lantoa.tenancy.MembershipRepository#findByUnitIdOrderById(Long)
SELECT membership_.`id`,membership_.`unit_id`,membership_.`user_id`,membership_.`role`,membership_.`created_at`,membership_.`created_by` FROM `membership` membership_ WHERE (membership_.`unit_id` = ?) ORDER BY membership_.`id` ASC;

-- @ vn.lantoa.tenancy.MembershipRepository#findPeopleOf(Long)
SELECT DISTINCT u.id, u.full_name, u.email FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? ORDER BY u.full_name;

-- @ vn.lantoa.tenancy.MembershipRepository#save(Membership)
INSERT INTO `membership` (`unit_id`,`user_id`,`role`,`created_at`,`created_by`) VALUES (?,?,?,?,?);

-- @ vn.lantoa.tenancy.UnitRefRepository#findById(Long)
SELECT unit_ref_.`id`,unit_ref_.`parent_id`,unit_ref_.`path`,unit_ref_.`depth`,unit_ref_.`type`,unit_ref_.`school_level`,unit_ref_.`name`,unit_ref_.`short_name`,unit_ref_.`slug`,unit_ref_.`official_email_domains`,unit_ref_.`closed_on`,unit_ref_.`placed_at` FROM `unit` unit_ref_ WHERE (unit_ref_.`id` = ?);

-- @ vn.lantoa.tenancy.UnitRefRepository#findByIdIn(Collection)
SELECT * FROM unit WHERE id IN (?) ORDER BY depth, name;

-- @ vn.lantoa.tenancy.UnitRefRepository#findBySlug(String)
SELECT unit_ref_.`id`,unit_ref_.`parent_id`,unit_ref_.`path`,unit_ref_.`depth`,unit_ref_.`type`,unit_ref_.`school_level`,unit_ref_.`name`,unit_ref_.`short_name`,unit_ref_.`slug`,unit_ref_.`official_email_domains`,unit_ref_.`closed_on`,unit_ref_.`placed_at` FROM `unit` unit_ref_ WHERE (unit_ref_.`slug` = ?);

-- @ vn.lantoa.tenancy.UnitRefRepository#findOpenChildren(Long)
SELECT * FROM unit WHERE parent_id = ? AND closed_on IS NULL ORDER BY name;

-- @ vn.lantoa.training.TrainingAttendeeRepository#attendees(long)
SELECT * FROM training_attendee WHERE training_id = ? ORDER BY unit_id, id;

-- @ vn.lantoa.training.TrainingAttendeeRepository#attendeesOf(long,long)
SELECT * FROM training_attendee WHERE training_id = ? AND unit_id = ? ORDER BY id;

-- @ vn.lantoa.training.TrainingAttendeeRepository#clearAttendees(long,long)
DELETE FROM training_attendee WHERE training_id = ? AND unit_id = ?;

-- @ vn.lantoa.training.TrainingAttendeeRepository#markPresent(long,Collection)
UPDATE training_attendee SET present = (id IN (?)) WHERE training_id = ?;

-- @ vn.lantoa.training.TrainingAttendeeRepository#save(TrainingAttendee)
INSERT INTO `training_attendee` (`unit_id`,`training_id`,`full_name`,`position`,`present`,`created_at`,`created_by`) VALUES (?,?,?,?,?,?,?);

-- @ vn.lantoa.training.TrainingRepository#addMaterials(long,long,Collection)
INSERT INTO training_material (training_id, unit_id, file_id) SELECT ?, unit_id, id FROM stored_file WHERE unit_id = ? AND id IN (?);

-- @ vn.lantoa.training.TrainingRepository#invitations(long,LocalDate,int)
SELECT t.id, o.name AS organiser_name, t.title, t.starts_on, t.ends_on, t.registration_deadline, (SELECT COUNT(*) FROM training_attendee a WHERE a.training_id = t.id AND a.unit_id = ?) AS registered FROM training_invite i JOIN training t ON t.id = i.training_id JOIN unit o ON o.id = t.unit_id WHERE i.unit_id = ? AND t.ends_on >= ? ORDER BY t.starts_on, t.id LIMIT ?;

-- @ vn.lantoa.training.TrainingRepository#invite(long,String,long,String,String,Integer)
INSERT INTO training_invite (training_id, unit_id) SELECT ?, id FROM unit WHERE path LIKE CONCAT(?, '%') AND id <> ? AND closed_on IS NULL AND (? IS NULL OR type = ?) AND (? IS NULL OR school_level = ?) AND (? IS NULL OR depth <= ?);

-- @ vn.lantoa.training.TrainingRepository#invites(long,String)
SELECT i.unit_id, u.name AS unit_name, c.id AS child_id, c.name AS child_name, i.note, COUNT(a.id) AS registered, COALESCE(SUM(CASE WHEN a.present THEN 1 ELSE 0 END), 0) AS present FROM training_invite i JOIN unit u ON u.id = i.unit_id LEFT JOIN unit c ON c.id = CAST(SUBSTRING_INDEX(SUBSTRING(u.path, CHAR_LENGTH(?) + 1), '/', 1) AS UNSIGNED) LEFT JOIN training_attendee a ON a.training_id = i.training_id AND a.unit_id = i.unit_id WHERE i.training_id = ? GROUP BY i.unit_id, u.name, c.id, c.name, i.note ORDER BY c.name, u.depth, u.name, i.unit_id;

-- @ vn.lantoa.training.TrainingRepository#lockOwn(long,long)
SELECT * FROM training WHERE id = ? AND unit_id = ? FOR UPDATE;

-- @ vn.lantoa.training.TrainingRepository#materialIds(long)
SELECT file_id FROM training_material WHERE training_id = ? ORDER BY file_id;

-- @ vn.lantoa.training.TrainingRepository#note(long,long,String)
UPDATE training_invite SET note = ? WHERE training_id = ? AND unit_id = ?;

-- @ vn.lantoa.training.TrainingRepository#organisedBy(long,int)
SELECT * FROM training WHERE unit_id = ? ORDER BY starts_on DESC, id DESC LIMIT ?;

-- @ vn.lantoa.training.TrainingRepository#save(Training)
INSERT INTO `training` (`unit_id`,`title`,`starts_on`,`ends_on`,`place`,`online_url`,`programme`,`audience`,`expected_per_unit`,`registration_deadline`,`created_at`,`created_by`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.training.TrainingRepository#visibleTo(long,long)
SELECT t.* FROM training t WHERE t.id = ? AND (t.unit_id = ? OR EXISTS (SELECT 1 FROM training_invite i WHERE i.training_id = t.id AND i.unit_id = ?));

-- @ vn.lantoa.unit.UnitMoveRepository#historyOf(Long)
SELECT m.id, m.moved_at, f.name AS from_name, t.name AS to_name, u.full_name AS by_name, m.reason FROM unit_move m LEFT JOIN unit f ON f.id = m.from_parent_id JOIN unit t ON t.id = m.to_parent_id LEFT JOIN app_user u ON u.id = m.moved_by WHERE m.unit_id = ? ORDER BY m.moved_at DESC;

-- @ vn.lantoa.unit.UnitMoveRepository#save(UnitMove)
INSERT INTO `unit_move` (`unit_id`,`from_parent_id`,`to_parent_id`,`from_path`,`to_path`,`reason`,`moved_at`,`moved_by`) VALUES (?,?,?,?,?,?,?,?);

-- @ vn.lantoa.unit.UnitRepository#count()
SELECT COUNT(*) FROM `unit` unit_;

-- @ vn.lantoa.unit.UnitRepository#countBelow(String,String,String,Integer,String,String)
SELECT COUNT(*) FROM unit WHERE path LIKE CONCAT(?, '%') AND path <> ? AND (? IS NULL OR type = ?) AND (? IS NULL OR school_level = ?) AND (? IS NULL OR depth <= ?) AND (search_text LIKE ? OR REPLACE(search_text, ' ', '') LIKE ?);

-- @ vn.lantoa.unit.UnitRepository#countByParentId(Long)
SELECT COUNT(*) FROM `unit` unit_ WHERE (unit_.`parent_id` = ?);

-- @ vn.lantoa.unit.UnitRepository#countByTypeBelow(String)
SELECT type, COUNT(*) AS n FROM unit WHERE path LIKE CONCAT(?, '%') AND path <> ? GROUP BY type;

-- @ vn.lantoa.unit.UnitRepository#countListBelow(String,String,String,Integer,String,String,Instant)
SELECT COUNT(*) FROM unit WHERE path LIKE CONCAT(?, '%') AND path <> ? AND (? IS NULL OR type = ?) AND (? IS NULL OR school_level = ?) AND (? IS NULL OR depth <= ?) AND (? IS NULL OR updated_at >= ?) AND (search_text LIKE ? OR REPLACE(search_text, ' ', '') LIKE ?);

-- @ vn.lantoa.unit.UnitRepository#countSubtree(String)
SELECT COUNT(*) FROM unit WHERE path LIKE CONCAT(?, '%') AND path <> ?;

-- @ vn.lantoa.unit.UnitRepository#delete(Unit)
DELETE FROM `unit` WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.unit.UnitRepository#deleteAll()
DELETE FROM `unit`;

-- @ vn.lantoa.unit.UnitRepository#deleteAll(Iterable)
DELETE FROM `unit` WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.unit.UnitRepository#deleteById(Long)
DELETE FROM `unit` WHERE (`id` = ?);

-- @ vn.lantoa.unit.UnitRepository#existsByHostName(String)
SELECT TRUE FROM `unit` unit_ WHERE (unit_.`host_name` = ?);

-- @ vn.lantoa.unit.UnitRepository#existsByHostNameAndIdNotEqual(String,Long)
SELECT TRUE FROM `unit` unit_ WHERE (unit_.`host_name` = ? AND unit_.`id` != ?);

-- @ vn.lantoa.unit.UnitRepository#existsById(Long)
SELECT TRUE FROM `unit` unit_ WHERE (unit_.`id` = ?);

-- @ vn.lantoa.unit.UnitRepository#existsBySlug(String)
SELECT TRUE FROM `unit` unit_ WHERE (unit_.`slug` = ?);

-- @ vn.lantoa.unit.UnitRepository#existsBySlugAndIdNotEqual(String,Long)
SELECT TRUE FROM `unit` unit_ WHERE (unit_.`slug` = ? AND unit_.`id` != ?);

-- @ vn.lantoa.unit.UnitRepository#findAll()
SELECT unit_.`id`,unit_.`version`,unit_.`parent_id`,unit_.`path`,unit_.`depth`,unit_.`type`,unit_.`school_level`,unit_.`name`,unit_.`short_name`,unit_.`slug`,unit_.`host_name`,unit_.`address`,unit_.`phone`,unit_.`email`,unit_.`website`,unit_.`official_email_domains`,unit_.`closed_on`,unit_.`search_text`,unit_.`created_at`,unit_.`updated_at`,unit_.`created_by`,unit_.`updated_by`,unit_.`successor_unit_id`,unit_.`host_redirect` FROM `unit` unit_;

-- @ vn.lantoa.unit.UnitRepository#findById(Long)
SELECT unit_.`id`,unit_.`version`,unit_.`parent_id`,unit_.`path`,unit_.`depth`,unit_.`type`,unit_.`school_level`,unit_.`name`,unit_.`short_name`,unit_.`slug`,unit_.`host_name`,unit_.`address`,unit_.`phone`,unit_.`email`,unit_.`website`,unit_.`official_email_domains`,unit_.`closed_on`,unit_.`search_text`,unit_.`created_at`,unit_.`updated_at`,unit_.`created_by`,unit_.`updated_by`,unit_.`successor_unit_id`,unit_.`host_redirect` FROM `unit` unit_ WHERE (unit_.`id` = ?);

-- @ vn.lantoa.unit.UnitRepository#findByParentIdOrderByName(Long)
SELECT unit_.`id`,unit_.`version`,unit_.`parent_id`,unit_.`path`,unit_.`depth`,unit_.`type`,unit_.`school_level`,unit_.`name`,unit_.`short_name`,unit_.`slug`,unit_.`host_name`,unit_.`address`,unit_.`phone`,unit_.`email`,unit_.`website`,unit_.`official_email_domains`,unit_.`closed_on`,unit_.`search_text`,unit_.`created_at`,unit_.`updated_at`,unit_.`created_by`,unit_.`updated_by`,unit_.`successor_unit_id`,unit_.`host_redirect` FROM `unit` unit_ WHERE (unit_.`parent_id` = ?) ORDER BY unit_.`name` ASC;

-- @ vn.lantoa.unit.UnitRepository#findBySlug(String)
SELECT unit_.`id`,unit_.`version`,unit_.`parent_id`,unit_.`path`,unit_.`depth`,unit_.`type`,unit_.`school_level`,unit_.`name`,unit_.`short_name`,unit_.`slug`,unit_.`host_name`,unit_.`address`,unit_.`phone`,unit_.`email`,unit_.`website`,unit_.`official_email_domains`,unit_.`closed_on`,unit_.`search_text`,unit_.`created_at`,unit_.`updated_at`,unit_.`created_by`,unit_.`updated_by`,unit_.`successor_unit_id`,unit_.`host_redirect` FROM `unit` unit_ WHERE (unit_.`slug` = ?);

-- @ vn.lantoa.unit.UnitRepository#findOpenChildren(Long)
SELECT * FROM unit WHERE parent_id = ? AND closed_on IS NULL ORDER BY type, name;

-- @ vn.lantoa.unit.UnitRepository#findOpenSchoolsIn(String)
SELECT * FROM unit WHERE path LIKE CONCAT(?, '%') AND type = 'SCHOOL' AND closed_on IS NULL ORDER BY path LIMIT 2000;

-- @ vn.lantoa.unit.UnitRepository#findOpenSlugs$WithoutTenancy()
SELECT slug FROM unit WHERE closed_on IS NULL ORDER BY path LIMIT 50000;

-- @ vn.lantoa.unit.UnitRepository#findPossibleParents$WithoutTenancy()
SELECT * FROM unit WHERE type <> 'SCHOOL' AND closed_on IS NULL ORDER BY path LIMIT 2000;

-- @ vn.lantoa.unit.UnitRepository#findPossibleParentsIn(String)
SELECT * FROM unit WHERE path LIKE CONCAT(?, '%') AND type <> 'SCHOOL' AND closed_on IS NULL ORDER BY path LIMIT 2000;

-- @ vn.lantoa.unit.UnitRepository#findRoots()
SELECT * FROM unit WHERE parent_id IS NULL ORDER BY name;

-- @ vn.lantoa.unit.UnitRepository#findWithHostNames$WithoutTenancy()
SELECT * FROM unit WHERE host_name IS NOT NULL;

-- @ vn.lantoa.unit.UnitRepository#isOpenSchoolIn(String,long)
SELECT COUNT(*) > 0 FROM unit WHERE id = ? AND path LIKE CONCAT(?, '%') AND type = 'SCHOOL' AND closed_on IS NULL;

-- @ vn.lantoa.unit.UnitRepository#listBelow(String,String,String,Integer,String,String,Instant,String,int,int)
SELECT * FROM unit WHERE path LIKE CONCAT(?, '%') AND path <> ? AND (? IS NULL OR type = ?) AND (? IS NULL OR school_level = ?) AND (? IS NULL OR depth <= ?) AND (? IS NULL OR updated_at >= ?) AND (search_text LIKE ? OR REPLACE(search_text, ' ', '') LIKE ?) ORDER BY CASE WHEN ? = 'name' THEN name END, CASE WHEN ? = '-name' THEN name END DESC, CASE WHEN ? = 'updatedAt' THEN updated_at END, CASE WHEN ? = '-updatedAt' THEN updated_at END DESC, depth, name, id LIMIT ? OFFSET ?;

-- @ vn.lantoa.unit.UnitRepository#rerootSubtree(String,int,String,int)
UPDATE unit SET path = CONCAT(?, SUBSTRING(path, ? + 1)), depth = depth + ? WHERE path LIKE CONCAT(?, '%');

-- @ vn.lantoa.unit.UnitRepository#save(Unit)
INSERT INTO `unit` (`parent_id`,`path`,`depth`,`type`,`school_level`,`name`,`short_name`,`slug`,`host_name`,`address`,`phone`,`email`,`website`,`official_email_domains`,`closed_on`,`search_text`,`created_at`,`updated_at`,`created_by`,`updated_by`,`successor_unit_id`,`host_redirect`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.unit.UnitRepository#saveAll(Iterable)
INSERT INTO `unit` (`parent_id`,`path`,`depth`,`type`,`school_level`,`name`,`short_name`,`slug`,`host_name`,`address`,`phone`,`email`,`website`,`official_email_domains`,`closed_on`,`search_text`,`created_at`,`updated_at`,`created_by`,`updated_by`,`successor_unit_id`,`host_redirect`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.unit.UnitRepository#searchBelow(String,String,String,Integer,String,String,int,int)
SELECT * FROM unit WHERE path LIKE CONCAT(?, '%') AND path <> ? AND (? IS NULL OR type = ?) AND (? IS NULL OR school_level = ?) AND (? IS NULL OR depth <= ?) AND (search_text LIKE ? OR REPLACE(search_text, ' ', '') LIKE ?) ORDER BY depth, name LIMIT ? OFFSET ?;

-- @ vn.lantoa.unit.UnitRepository#setHostName(Long,String,Instant,Long)
UPDATE unit SET host_name = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?;

-- @ vn.lantoa.unit.UnitRepository#setParent(Long,Long,Instant,Long)
UPDATE unit SET parent_id = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?;

-- @ vn.lantoa.unit.UnitRepository#setPath(Long,String,int)
UPDATE unit SET path = ?, depth = ? WHERE id = ?;

-- @ vn.lantoa.unit.UnitRepository#update(Unit)
UPDATE `unit` SET `parent_id`=?,`path`=?,`depth`=?,`type`=?,`school_level`=?,`name`=?,`short_name`=?,`slug`=?,`host_name`=?,`address`=?,`phone`=?,`email`=?,`website`=?,`official_email_domains`=?,`closed_on`=?,`search_text`=?,`updated_at`=?,`created_by`=?,`updated_by`=?,`successor_unit_id`=?,`host_redirect`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.unit.UnitRepository#updateAll(Iterable)
UPDATE `unit` SET `parent_id`=?,`path`=?,`depth`=?,`type`=?,`school_level`=?,`name`=?,`short_name`=?,`slug`=?,`host_name`=?,`address`=?,`phone`=?,`email`=?,`website`=?,`official_email_domains`=?,`closed_on`=?,`search_text`=?,`updated_at`=?,`created_by`=?,`updated_by`=?,`successor_unit_id`=?,`host_redirect`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.unit.host.HostClaimRepository#countPending(Long)
SELECT COUNT(*) FROM host_claim WHERE unit_id = ? AND verified_at IS NULL;

-- @ vn.lantoa.unit.host.HostClaimRepository#deleteByUnitIdAndId(Long,Long)
DELETE FROM `host_claim` WHERE (`unit_id` = ? AND `id` = ?);

-- @ vn.lantoa.unit.host.HostClaimRepository#findByUnit(Long)
SELECT * FROM host_claim WHERE unit_id = ? ORDER BY verified_at IS NULL DESC, id DESC LIMIT 50;

-- @ vn.lantoa.unit.host.HostClaimRepository#findByUnitIdAndHostName(Long,String)
SELECT host_claim_.`id`,host_claim_.`version`,host_claim_.`unit_id`,host_claim_.`host_name`,host_claim_.`token`,host_claim_.`method`,host_claim_.`created_at`,host_claim_.`created_by`,host_claim_.`checked_at`,host_claim_.`verified_at`,host_claim_.`verified_by`,host_claim_.`last_error`,host_claim_.`last_error_detail` FROM `host_claim` host_claim_ WHERE (host_claim_.`unit_id` = ? AND host_claim_.`host_name` = ?);

-- @ vn.lantoa.unit.host.HostClaimRepository#findByUnitIdAndId(Long,Long)
SELECT host_claim_.`id`,host_claim_.`version`,host_claim_.`unit_id`,host_claim_.`host_name`,host_claim_.`token`,host_claim_.`method`,host_claim_.`created_at`,host_claim_.`created_by`,host_claim_.`checked_at`,host_claim_.`verified_at`,host_claim_.`verified_by`,host_claim_.`last_error`,host_claim_.`last_error_detail` FROM `host_claim` host_claim_ WHERE (host_claim_.`unit_id` = ? AND host_claim_.`id` = ?);

-- @ vn.lantoa.unit.host.HostClaimRepository#save(HostClaim)
INSERT INTO `host_claim` (`unit_id`,`host_name`,`token`,`method`,`created_at`,`created_by`,`checked_at`,`verified_at`,`verified_by`,`last_error`,`last_error_detail`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.unit.host.HostClaimRepository#update(HostClaim)
UPDATE `host_claim` SET `unit_id`=?,`host_name`=?,`token`=?,`method`=?,`created_at`=?,`created_by`=?,`checked_at`=?,`verified_at`=?,`verified_by`=?,`last_error`=?,`last_error_detail`=?,`version`=? WHERE (`id` = ? AND `version` = ?);

-- @ vn.lantoa.webhook.WebhookRepository#delete(Long,Long)
DELETE FROM webhook_subscription WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.webhook.WebhookRepository#findAllOf(Long)
SELECT * FROM webhook_subscription WHERE unit_id = ? ORDER BY created_at DESC, id DESC;

-- @ vn.lantoa.webhook.WebhookRepository#findOne(Long,Long)
SELECT * FROM webhook_subscription WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.webhook.WebhookRepository#save(WebhookSubscription)
INSERT INTO `webhook_subscription` (`unit_id`,`url`,`description`,`event_types`,`secret`,`secret_prefix`,`active`,`created_by`,`created_at`,`updated_by`,`updated_at`,`version`) VALUES (?,?,?,?,?,?,?,?,?,?,?,?);

-- @ vn.lantoa.webhook.WebhookRepository#update(Long,Long,String,String,String,boolean,Long,Instant,long)
UPDATE webhook_subscription SET url = ?, description = ?, event_types = ?, active = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE unit_id = ? AND id = ? AND version = ?;

-- @ vn.lantoa.apikey.ApiKeySignIn
SELECT k.id, k.unit_id, k.name, k.token_prefix, k.token_hash, k.role, k.read_only, k.expires_at, k.revoked_at, k.created_by, un.path, un.name, un.closed_on IS NOT NULL, u.email, (u.status = 'ACTIVE' AND (u.platform_admin OR EXISTS (SELECT 1 FROM membership m WHERE m.user_id = k.created_by AND m.unit_id = k.unit_id AND m.role = 'UNIT_ADMIN'))) FROM api_key k JOIN unit un ON un.id = k.unit_id JOIN app_user u ON u.id = k.created_by WHERE k.token_hash = ?;

-- @ vn.lantoa.apikey.ApiKeyUses
UPDATE api_key SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at <= ?);

-- @ vn.lantoa.channel.ChannelCoverage
SELECT COUNT(*), COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM unit_channel c WHERE c.unit_id = u.id AND c.active = TRUE) THEN 0 ELSE 1 END), 0) FROM unit u WHERE u.path LIKE CONCAT(?, '%') AND u.path <> ? AND u.closed_on IS NULL;

-- @ vn.lantoa.channel.ChannelCoverage
SELECT c.kind, COUNT(DISTINCT c.unit_id), COUNT(*) FROM unit_channel c JOIN unit u ON u.id = c.unit_id WHERE u.path LIKE CONCAT(?, '%') AND u.path <> ? AND u.closed_on IS NULL AND c.active = TRUE GROUP BY c.kind;

-- @ vn.lantoa.demo.DemoCases
INSERT INTO desk_case (unit_id, code, follow_token_hash, channel, topic, concerned_unit_id, message, message_hash, search_text, citizen_name, citizen_phone, citizen_email, consent_at, source_hash, status, spam, assignee_id, received_at, acknowledged_at, answered_at, closed_at, answer_text, result, created_at, updated_at, version, unit_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, (SELECT path FROM unit WHERE id = ?));

-- @ vn.lantoa.demo.DemoCases
INSERT INTO desk_case_step (unit_id, case_id, kind, at, actor_id, actor_name, detail, public_step) VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- @ vn.lantoa.demo.DemoCases
SELECT id FROM desk_case WHERE unit_id = ? AND code = ?;

-- @ vn.lantoa.demo.DemoCases
UPDATE audit_event SET occurred_at = ? WHERE entity_type = 'desk_case' AND entity_id = ? AND action = 'desk.forwarded';

-- @ vn.lantoa.demo.DemoCases
UPDATE desk_case SET status = ?, assignee_id = ?, acknowledged_at = ?, answered_at = ?, closed_at = ?, answer_text = ?, result = ?, updated_at = ?, version = version + 1 WHERE id = ? AND unit_id = ?;

-- @ vn.lantoa.demo.DemoCases
UPDATE desk_case SET updated_at = ? WHERE id = ? AND unit_id = ?;

-- @ vn.lantoa.demo.DemoCases
UPDATE desk_case_step SET at = ? WHERE case_id = ? AND unit_id = ? AND kind = 'FORWARDED';

-- @ vn.lantoa.demo.DemoCases
UPDATE desk_case_transfer SET at = ? WHERE case_id = ? AND to_unit_id = ? AND kind = 'FORWARDED';

-- @ vn.lantoa.demo.DemoHistory
INSERT INTO report_version (unit_id, report_id, number, action, note, created_at, created_by) SELECT unit_id, id, (SELECT MAX(number) + 1 FROM report_version WHERE report_id = ?), 'RETURNED', ?, UTC_TIMESTAMP(6), ? FROM report WHERE id = ?;

-- @ vn.lantoa.demo.DemoHistory
SELECT DISTINCT group_unit_id FROM report_value WHERE report_id = ?;

-- @ vn.lantoa.demo.DemoHistory
SELECT DISTINCT period_code, group_unit_id FROM report_value WHERE obligation_id = ?;

-- @ vn.lantoa.demo.DemoHistory
SELECT id, action FROM report_version WHERE report_id = ? ORDER BY number;

-- @ vn.lantoa.demo.DemoHistory
UPDATE report SET first_submitted_at = COALESCE(?, first_submitted_at), submitted_at = COALESCE(?, submitted_at), decided_at = COALESCE(?, decided_at), created_at = COALESCE(?, created_at), updated_at = COALESCE(?, ?, updated_at) WHERE id = ?;

-- @ vn.lantoa.demo.DemoHistory
UPDATE report SET status = 'RETURNED', return_reason = ?, decided_by = ? WHERE id = ? AND recipient_unit_id = ?;

-- @ vn.lantoa.demo.DemoHistory
UPDATE report_value SET value = ? WHERE report_id = ? AND field_key = ? AND value <> ?;

-- @ vn.lantoa.demo.DemoHistory
UPDATE report_version SET created_at = ? WHERE id = ?;

-- @ vn.lantoa.demo.DemoOpinionRegister
INSERT INTO public_opinion_issue (unit_id, title, source, link, first_seen_on, severity, status, handling, result, search_text, resolved_at, created_at, updated_at, created_by, updated_by, version) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0);

-- @ vn.lantoa.demo.DemoOpinionRegister
INSERT INTO public_opinion_issue_case (unit_id, issue_id, case_id) VALUES (?, ?, ?);

-- @ vn.lantoa.demo.DemoOpinionRegister
INSERT INTO public_opinion_issue_unit (unit_id, issue_id, concerned_unit_id) VALUES (?, ?, ?);

-- @ vn.lantoa.demo.DemoOpinionRegister
SELECT MAX(id) FROM public_opinion_issue WHERE unit_id = ?;

-- @ vn.lantoa.demo.DemoOpinionRegister
SELECT code FROM desk_case WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.demo.DemoPlanProgress
SELECT id FROM article WHERE unit_id = ? AND status = 'PUBLISHED' AND published_at IS NOT NULL ORDER BY published_at, id;

-- @ vn.lantoa.demo.DemoPlanProgress
SELECT u.id, u.email, u.full_name FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? AND m.role IN ('EDITOR', 'COMMITTEE_HEAD', 'UNIT_ADMIN') ORDER BY CASE m.role WHEN 'EDITOR' THEN 0 WHEN 'COMMITTEE_HEAD' THEN 1 ELSE 2 END, u.id LIMIT 1;

-- @ vn.lantoa.demo.DemoPlanProgress
SELECT unit_id, plan_year FROM plan WHERE id = ?;

-- @ vn.lantoa.demo.DemoPressDesk
SELECT id FROM press_clipping WHERE unit_id = ? AND published_on BETWEEN ? AND ? ORDER BY published_on, id LIMIT 6;

-- @ vn.lantoa.demo.DemoPressDesk
SELECT id FROM press_contact WHERE unit_id = ? AND active = TRUE ORDER BY id LIMIT 4;

-- @ vn.lantoa.demo.DemoPressIncidents
UPDATE article SET created_at = ?, updated_at = ?, published_at = ? WHERE id = ?;

-- @ vn.lantoa.demo.DemoPressIncidents
UPDATE press_incident SET created_at = ?, updated_at = ?, first_statement_at = ?, closed_at = ? WHERE id = ?;

-- @ vn.lantoa.demo.DemoPressIncidents
UPDATE press_incident_event SET at = ? WHERE incident_id = ? AND kind = 'CLOSED';

-- @ vn.lantoa.demo.DemoPressIncidents
UPDATE press_incident_event SET at = ? WHERE incident_id = ? AND kind = 'NOTE';

-- @ vn.lantoa.demo.DemoPressIncidents
UPDATE press_incident_event SET at = ? WHERE incident_id = ? AND kind = 'STATEMENT';

-- @ vn.lantoa.demo.DemoPressIncidents
UPDATE press_incident_event SET at = ? WHERE incident_id = ? AND kind IN ('OPENED', 'PLAYBOOK');

-- @ vn.lantoa.demo.DemoPressIncidents
UPDATE press_incident_event e JOIN press_incident_task t ON t.incident_id = e.incident_id AND t.title = e.body SET e.at = t.done_at WHERE e.incident_id = ? AND e.kind = 'TASK_DONE';

-- @ vn.lantoa.demo.DemoPressIncidents
UPDATE press_incident_link SET linked_at = ? WHERE incident_id = ? AND kind = 'ARTICLE';

-- @ vn.lantoa.demo.DemoPressIncidents
UPDATE press_incident_task SET created_at = ?, done_at = ? WHERE id = ?;

-- @ vn.lantoa.demo.DemoPressReleases
SELECT id FROM article WHERE unit_id = ? AND kind = 'PRESS_RELEASE' AND status = 'PUBLISHED' AND title LIKE ? ORDER BY id LIMIT 1;

-- @ vn.lantoa.demo.DemoTopics
SELECT unit_id, id FROM article WHERE status = 'PUBLISHED';

-- @ vn.lantoa.demo.DemoTopics
SELECT unit_id, id FROM desk_case WHERE NOT spam;

-- @ vn.lantoa.demo.DemoTopics
SELECT unit_id, id FROM press_clipping;

-- @ vn.lantoa.desk.CaseDeadlines
UPDATE desk_case SET acknowledge_due_at = ?, answer_due_at = ? WHERE id = ? AND unit_id = ?;

-- @ vn.lantoa.desk.CasePaths
SELECT path FROM unit WHERE id = ? LOCK IN SHARE MODE;

-- @ vn.lantoa.desk.CasePaths
UPDATE desk_case SET unit_path = ? WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.desk.CasePaths
UPDATE desk_case c JOIN unit u ON u.id = c.unit_id SET c.unit_path = u.path WHERE u.path LIKE ?;

-- @ vn.lantoa.desk.digest.DeskDigestJob
INSERT IGNORE INTO desk_digest_sent (unit_id, day, sent_at, cases) VALUES (?, ?, ?, ?);

-- @ vn.lantoa.desk.register.RegisterLinks
DELETE FROM public_opinion_issue_case WHERE unit_id = ? AND issue_id = ?;

-- @ vn.lantoa.desk.register.RegisterLinks
DELETE FROM public_opinion_issue_unit WHERE unit_id = ? AND issue_id = ?;

-- @ vn.lantoa.desk.register.RegisterLinks
INSERT INTO public_opinion_issue_case (unit_id, issue_id, case_id) VALUES (?, ?, ?);

-- @ vn.lantoa.desk.register.RegisterLinks
INSERT INTO public_opinion_issue_unit (unit_id, issue_id, concerned_unit_id) VALUES (?, ?, ?);

-- @ vn.lantoa.desk.register.RegisterLinks
SELECT d.id, d.code FROM public_opinion_issue_case c JOIN desk_case d ON d.id = c.case_id WHERE c.unit_id = ? AND c.issue_id = ? ORDER BY d.received_at, d.id;

-- @ vn.lantoa.desk.register.RegisterLinks
SELECT i.id, i.title FROM public_opinion_issue_case c JOIN public_opinion_issue i ON i.id = c.issue_id WHERE c.unit_id = ? AND c.case_id = ? AND i.unit_id = ? ORDER BY i.first_seen_on, i.id;

-- @ vn.lantoa.desk.register.RegisterLinks
SELECT u.id, u.name FROM public_opinion_issue_unit c JOIN unit u ON u.id = c.concerned_unit_id WHERE c.unit_id = ? AND c.issue_id = ? ORDER BY u.depth, u.name, u.id;

-- @ vn.lantoa.desk.register.RegisterSearch
SELECT i.id, i.unit_id, u.name, i.title, i.source, i.link, i.first_seen_on, i.severity, i.status, i.handling, i.result, i.resolved_at, i.created_at, i.updated_at, i.version FROM public_opinion_issue i JOIN unit u ON u.id = i.unit_id WHERE i.id = ? AND u.path LIKE CONCAT(?, '%');

-- @ vn.lantoa.desk.register.RegisterTree
SELECT u.id, u.name FROM unit u WHERE u.path LIKE CONCAT(?, '%') AND u.closed_on IS NULL ORDER BY u.depth, u.name, u.id LIMIT ?;

-- @ vn.lantoa.desk.tree.OpenBelow
SELECT c.unit_id FROM desk_case c JOIN unit u ON u.id = c.unit_id WHERE c.id = ? AND u.path LIKE ? AND u.id <> ?;

-- @ vn.lantoa.desk.tree.SentAway
SELECT COUNT(*) FROM desk_case_transfer WHERE from_unit_id = ? AND kind = 'FORWARDED';

-- @ vn.lantoa.plan.PlanReads
SELECT p.item_id, p.partner_unit_id FROM plan_item_partner p JOIN plan_item i ON i.id = p.item_id WHERE p.unit_id = ? AND i.plan_id = ? ORDER BY p.item_id, p.partner_unit_id;

-- @ vn.lantoa.plan.PlanReads
SELECT t.item_id, o.id, o.name FROM plan_item_topic t JOIN plan_item i ON i.id = t.item_id JOIN topic o ON o.id = t.topic_id WHERE t.unit_id = ? AND i.plan_id = ? ORDER BY t.item_id, o.position, o.id;

-- @ vn.lantoa.plan.progress.BelowProgress
SELECT i.id, i.unit_id, u.name, u.depth, p.id, p.status, i.quarters, i.starts_on, i.ends_on, i.lineage, (SELECT GROUP_CONCAT(CONCAT(s.quarter, ':', s.status)) FROM plan_item_status s WHERE s.unit_id = i.unit_id AND s.item_id = i.id), (SELECT COUNT(*) FROM plan_evidence e WHERE e.unit_id = i.unit_id AND e.item_id = i.id) FROM unit u JOIN plan p ON p.unit_id = u.id AND p.plan_year = ? JOIN plan_item i ON i.unit_id = u.id AND i.plan_id = p.id WHERE u.path LIKE CONCAT(?, '%') AND u.id <> ? AND i.parent_item_id IS NOT NULL;

-- @ vn.lantoa.plan.progress.BelowProgress
SELECT item_id, partner_unit_id FROM plan_item_partner WHERE unit_id = ?;

-- @ vn.lantoa.plan.progress.EvidenceChoices
SELECT a.id, a.title, a.published_at, CASE WHEN a.published_at >= ? AND a.published_at < ? AND (EXISTS (SELECT 1 FROM article_topic at JOIN plan_item_topic pt ON pt.topic_id = at.topic_id WHERE at.unit_id = a.unit_id AND at.article_id = a.id AND pt.unit_id = ? AND pt.item_id = ?) OR EXISTS (SELECT 1 FROM article_tag t WHERE t.unit_id = a.unit_id AND t.article_id = a.id AND CHAR_LENGTH(t.tag) >= 3 AND LOCATE(t.tag, ?) > 0)) THEN 1 ELSE 0 END AS suggested FROM article a WHERE a.unit_id = ? AND a.status IN ('PUBLISHED', 'ARCHIVED') AND a.published_at IS NOT NULL ORDER BY suggested DESC, a.published_at DESC, a.id DESC LIMIT 300;

-- @ vn.lantoa.plan.progress.EvidenceRows
DELETE FROM plan_evidence WHERE unit_id = ? AND item_id = ? AND id = ?;

-- @ vn.lantoa.plan.progress.EvidenceRows
INSERT INTO plan_evidence (unit_id, item_id, kind, source, ref_id, url, title, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- @ vn.lantoa.plan.progress.EvidenceRows
SELECT 1 FROM plan_evidence WHERE unit_id = ? AND item_id = ? AND source = ? AND ref_id = ?;

-- @ vn.lantoa.plan.progress.EvidenceRows
SELECT e.id, e.source, e.ref_id, e.url, e.title, e.created_at, u.full_name FROM plan_evidence e LEFT JOIN app_user u ON u.id = e.created_by WHERE e.unit_id = ? AND e.item_id = ? ORDER BY e.created_at, e.id;

-- @ vn.lantoa.plan.progress.PlanPrefill
SELECT COUNT(DISTINCT a.id) FROM plan_evidence e JOIN article a ON a.id = e.ref_id AND a.unit_id = e.unit_id JOIN plan_item i ON i.id = e.item_id JOIN plan p ON p.id = i.plan_id WHERE e.unit_id = ? AND e.source = 'article' AND p.unit_id = ? AND p.status = 'ISSUED' AND a.published_at >= ? AND a.published_at < ?;

-- @ vn.lantoa.plan.progress.PlanRows
SELECT i.id, i.unit_id, i.plan_id, i.group_id, i.position, i.topic, i.product_form, i.product_note, i.lead_unit_id, i.lead_text, i.applies_below, i.quarters, i.starts_on, i.ends_on, i.lineage FROM plan_item i JOIN plan_group g ON g.id = i.group_id WHERE i.unit_id = ? AND i.plan_id = ? ORDER BY g.position, g.id, i.position, i.id;

-- @ vn.lantoa.plan.progress.PlanRows
SELECT i.id, i.unit_id, i.plan_id, i.group_id, i.position, i.topic, i.product_form, i.product_note, i.lead_unit_id, i.lead_text, i.applies_below, i.quarters, i.starts_on, i.ends_on, i.lineage FROM plan_item i WHERE i.unit_id = ? AND i.plan_id = ? AND i.id = ?;

-- @ vn.lantoa.plan.progress.PlanRows
SELECT id, numeral, title FROM plan_group WHERE unit_id = ? AND plan_id = ? ORDER BY position, id;

-- @ vn.lantoa.plan.progress.PlanRows
SELECT p.id, p.unit_id, p.plan_year, p.title, p.status, p.symbol FROM plan p WHERE p.unit_id = ? AND p.id = ?;

-- @ vn.lantoa.plan.progress.PlanRows
SELECT p.id, p.unit_id, p.plan_year, p.title, p.status, p.symbol FROM plan p WHERE p.unit_id = ? AND p.plan_year = ?;

-- @ vn.lantoa.plan.progress.PlanRows
SELECT plan_year FROM plan WHERE unit_id = ? ORDER BY plan_year DESC;

-- @ vn.lantoa.plan.progress.StatusRows
INSERT INTO plan_item_status (unit_id, item_id, quarter, status, reason, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE status = VALUES(status), reason = VALUES(reason), updated_at = VALUES(updated_at), updated_by = VALUES(updated_by);

-- @ vn.lantoa.plan.progress.StatusRows
SELECT e.item_id, COUNT(*) FROM plan_evidence e JOIN plan_item i ON i.id = e.item_id WHERE e.unit_id = ? AND i.unit_id = ? AND i.plan_id = ? GROUP BY e.item_id;

-- @ vn.lantoa.plan.progress.StatusRows
SELECT s.item_id, s.quarter, s.status, s.reason, s.updated_at, u.full_name FROM plan_item_status s JOIN plan_item i ON i.id = s.item_id LEFT JOIN app_user u ON u.id = s.updated_by WHERE s.unit_id = ? AND i.unit_id = ? AND i.plan_id = ?;

-- @ vn.lantoa.plan.progress.StatusRows
SELECT s.item_id, s.quarter, s.status, s.reason, s.updated_at, u.full_name FROM plan_item_status s LEFT JOIN app_user u ON u.id = s.updated_by WHERE s.unit_id = ? AND s.unit_id = ? AND s.item_id = ?;

-- @ vn.lantoa.platform.api.IdempotencyStore
DELETE FROM api_idempotency WHERE caller = ? AND idem_key = ? AND status IS NULL;

-- @ vn.lantoa.platform.api.IdempotencyStore
DELETE FROM api_idempotency WHERE created_at < ? LIMIT 10000;

-- @ vn.lantoa.platform.api.IdempotencyStore
INSERT IGNORE INTO api_idempotency (caller, idem_key, fingerprint, created_at) VALUES (?, ?, ?, ?);

-- @ vn.lantoa.platform.api.IdempotencyStore
SELECT fingerprint, status, location, response_body FROM api_idempotency WHERE caller = ? AND idem_key = ?;

-- @ vn.lantoa.platform.api.IdempotencyStore
UPDATE api_idempotency SET status = ?, location = ?, response_body = ? WHERE caller = ? AND idem_key = ?;

-- @ vn.lantoa.platform.mail.OutboxClaims
SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED;

-- @ vn.lantoa.platform.security.LoginThrottle
DELETE FROM login_limit WHERE expires_at < ? LIMIT 10000;

-- @ vn.lantoa.press.PressSettingsReads
SELECT question_due_days, statement_hours, digest_frequency FROM press_settings WHERE unit_id = ?;

-- @ vn.lantoa.press.board.IncidentsBelow
SELECT DISTINCT i.incident_type FROM press_incident i WHERE i.status <> 'CLOSED' AND i.unit_path LIKE ? AND i.unit_path <> ? ORDER BY 1;

-- @ vn.lantoa.press.contacts.ContactImport
INSERT INTO press_contact_import (unit_id, file_name, row_count, rows_json, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?);

-- @ vn.lantoa.press.contacts.ContactImport
UPDATE press_contact_import SET applied_at = ? WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.contacts.ContactSearch
SELECT c.id, c.unit_id, c.outlet_id, o.name, c.full_name, c.beat, c.position, c.phone, c.email, c.note, c.active, c.created_at, c.updated_at, c.version FROM press_contact c LEFT JOIN press_outlet o ON o.id = c.outlet_id WHERE c.unit_id = ? AND c.id = ?;

-- @ vn.lantoa.press.contacts.PressLists
SELECT c.id, c.full_name, c.email, o.name FROM press_list_member m JOIN press_contact c ON c.id = m.contact_id LEFT JOIN press_outlet o ON o.id = c.outlet_id WHERE m.unit_id = ? AND m.list_id = ? AND c.active = TRUE AND c.email IS NOT NULL AND c.email <> '' ORDER BY c.full_name, c.id;

-- @ vn.lantoa.press.contacts.PressLists
SELECT c.id, c.full_name, o.name, c.beat, c.position, c.phone, c.email, c.active FROM press_list_member m JOIN press_contact c ON c.id = m.contact_id LEFT JOIN press_outlet o ON o.id = c.outlet_id WHERE m.unit_id = ? AND m.list_id = ? ORDER BY c.full_name, c.id;

-- @ vn.lantoa.press.contacts.PressLists
SELECT l.id, l.unit_id, u.name AS owner_name, l.name, l.description, l.shared_down, (SELECT COUNT(*) FROM press_list_member m JOIN press_contact c ON c.id = m.contact_id WHERE m.list_id = l.id AND c.active = TRUE AND c.email IS NOT NULL AND c.email <> '') AS recipients FROM press_list l JOIN unit u ON u.id = l.unit_id WHERE (l.unit_id = ? OR (l.shared_down = TRUE AND u.id <> ? AND ? LIKE CONCAT(u.path, '%'))) ORDER BY l.unit_id = ? DESC, u.depth DESC, l.name;

-- @ vn.lantoa.press.contacts.PressLists
SELECT l.id, l.unit_id, u.name AS owner_name, l.name, l.description, l.shared_down, (SELECT COUNT(*) FROM press_list_member m JOIN press_contact c ON c.id = m.contact_id WHERE m.list_id = l.id AND c.active = TRUE AND c.email IS NOT NULL AND c.email <> '') AS recipients FROM press_list l JOIN unit u ON u.id = l.unit_id WHERE l.id = ? AND (l.unit_id = ? OR (l.shared_down = TRUE AND u.id <> ? AND ? LIKE CONCAT(u.path, '%')));

-- @ vn.lantoa.press.desk.PressDeskReads
SELECT id, code, outlet_name, journalist_name, due_on, COUNT(*) OVER (), SUM(due_on < ?) OVER (), SUM(due_on = ?) OVER () FROM press_question WHERE unit_id = ? AND status NOT IN ('SENT', 'DECLINED') ORDER BY due_on, id LIMIT ?;

-- @ vn.lantoa.press.desk.PressDeskReads
SELECT id, code, title, severity, first_alert_at, statement_due_at, first_statement_at, COUNT(*) OVER () FROM press_incident WHERE unit_id = ? AND closed_at IS NULL ORDER BY first_statement_at IS NOT NULL, statement_due_at, id LIMIT ?;

-- @ vn.lantoa.press.desk.PressDeskReads
SELECT id, kind, title, starts_at, place FROM press_event WHERE unit_id = ? AND COALESCE(ends_at, starts_at) >= ? ORDER BY starts_at, id LIMIT ?;

-- @ vn.lantoa.press.desk.PressDeskReads
SELECT id, title, outlet_name, tone, url FROM press_clipping WHERE unit_id = ? AND published_on = ? ORDER BY id DESC;

-- @ vn.lantoa.press.desk.PressDeskReads
SELECT id, title, publish_at, lists FROM (SELECT id, title, publish_at, NULL AS lists FROM article WHERE unit_id = ? AND kind = 'PRESS_RELEASE' AND status = 'SCHEDULED' UNION ALL SELECT id, subject, send_at, list_names FROM press_mailing WHERE unit_id = ? AND send_at > ?) scheduled ORDER BY publish_at, lists IS NOT NULL, id LIMIT ?;

-- @ vn.lantoa.press.desk.PressSettingsWriter
INSERT INTO press_settings (unit_id, question_due_days, statement_hours, digest_frequency, updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, ?, 0);

-- @ vn.lantoa.press.desk.PressSettingsWriter
SELECT version, updated_at FROM press_settings WHERE unit_id = ?;

-- @ vn.lantoa.press.desk.PressSettingsWriter
UPDATE press_settings SET question_due_days = ?, statement_hours = ?, digest_frequency = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE unit_id = ? AND version = ?;

-- @ vn.lantoa.press.events.EventRefs
DELETE FROM press_event_link WHERE unit_id = ? AND event_id = ?;

-- @ vn.lantoa.press.events.EventRefs
DELETE FROM press_event_ref WHERE unit_id = ? AND event_id = ?;

-- @ vn.lantoa.press.events.EventRefs
INSERT INTO press_event_link (unit_id, event_id, url) VALUES (?, ?, ?);

-- @ vn.lantoa.press.events.EventRefs
INSERT INTO press_event_ref (unit_id, event_id, kind, ref_id) VALUES (?, ?, ?, ?);

-- @ vn.lantoa.press.events.EventRefs
SELECT kind, ref_id FROM press_event_ref WHERE unit_id = ? AND event_id = ?;

-- @ vn.lantoa.press.events.EventRefs
SELECT url FROM press_event_link WHERE unit_id = ? AND event_id = ? ORDER BY id;

-- @ vn.lantoa.press.incidents.Escalation
SELECT DISTINCT u.email FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? AND m.role IN ('UNIT_ADMIN', 'COMMITTEE_HEAD', 'SPOKESPERSON') AND u.status = 'ACTIVE' ORDER BY u.email;

-- @ vn.lantoa.press.incidents.Escalation
SELECT name FROM unit WHERE id = ?;

-- @ vn.lantoa.press.incidents.IncidentSeeds
SELECT c.unit_id, c.id FROM press_clipping c JOIN unit u ON u.id = c.unit_id WHERE u.path LIKE ? AND c.title = ? ORDER BY u.depth, c.id LIMIT 1;

-- @ vn.lantoa.press.incidents.IncidentSources
SELECT COUNT(*) FROM article WHERE unit_id = ? AND id = ? AND kind = 'PRESS_RELEASE';

-- @ vn.lantoa.press.incidents.IncidentSources
SELECT COUNT(*) FROM desk_case WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.incidents.IncidentSources
SELECT COUNT(*) FROM press_clipping WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.incidents.IncidentSources
SELECT COUNT(*) FROM press_question WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.incidents.IncidentSources
SELECT COUNT(*) FROM report r JOIN obligation o ON o.id = r.obligation_id WHERE r.recipient_unit_id = ? AND r.id = ? AND o.period_type = 'EVENT' AND r.first_submitted_at IS NOT NULL;

-- @ vn.lantoa.press.incidents.IncidentSources
SELECT code, message, received_at FROM desk_case WHERE unit_id = ? AND id = ? AND spam = FALSE;

-- @ vn.lantoa.press.incidents.IncidentSources
SELECT id, CONCAT(DATE_FORMAT(published_on, '%d/%m/%Y'), ' – ', outlet_name, ': ', title) FROM press_clipping WHERE unit_id = ? ORDER BY published_on DESC, id DESC LIMIT ?;

-- @ vn.lantoa.press.incidents.IncidentSources
SELECT id, CONCAT(code, ' – ', outlet_name, ': ', LEFT(question, 80)) FROM press_question WHERE unit_id = ? ORDER BY received_on DESC, id DESC LIMIT ?;

-- @ vn.lantoa.press.incidents.IncidentSources
SELECT id, CONCAT(code, ': ', LEFT(message, 80)) FROM desk_case WHERE unit_id = ? AND spam = FALSE ORDER BY received_at DESC LIMIT ?;

-- @ vn.lantoa.press.incidents.IncidentSources
SELECT id, title FROM article WHERE unit_id = ? AND kind = 'PRESS_RELEASE' ORDER BY id DESC LIMIT ?;

-- @ vn.lantoa.press.incidents.IncidentSources
SELECT l.kind, l.ref_id, l.linked_at, CASE l.kind WHEN 'ARTICLE' THEN (SELECT a.title FROM article a WHERE a.unit_id = l.unit_id AND a.id = l.ref_id) WHEN 'CLIPPING' THEN (SELECT c.title FROM press_clipping c WHERE c.unit_id = l.unit_id AND c.id = l.ref_id) WHEN 'CASE' THEN (SELECT d.code FROM desk_case d WHERE d.unit_id = l.unit_id AND d.id = l.ref_id) WHEN 'QUESTION' THEN (SELECT CONCAT(q.code, ' – ', q.outlet_name) FROM press_question q WHERE q.unit_id = l.unit_id AND q.id = l.ref_id) WHEN 'RAPID_REPORT' THEN (SELECT CONCAT(o.title, ' – ', u.name) FROM report r JOIN obligation o ON o.id = r.obligation_id JOIN unit u ON u.id = r.unit_id WHERE r.id = l.ref_id) END AS label FROM press_incident_link l WHERE l.unit_id = ? AND l.incident_id = ? ORDER BY l.linked_at, l.kind, l.ref_id;

-- @ vn.lantoa.press.incidents.IncidentSources
SELECT r.id, r.first_submitted_at, o.title, u.name FROM report r JOIN obligation o ON o.id = r.obligation_id JOIN unit u ON u.id = r.unit_id WHERE r.recipient_unit_id = ? AND r.id = ? AND o.period_type = 'EVENT' AND r.first_submitted_at IS NOT NULL;

-- @ vn.lantoa.press.incidents.IncidentSources
SELECT title, outlet_name, url, note, created_at FROM press_clipping WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.incidents.IncidentStore
INSERT IGNORE INTO press_incident_link (unit_id, incident_id, kind, ref_id, linked_at) VALUES (?, ?, ?, ?, ?);

-- @ vn.lantoa.press.incidents.IncidentStore
INSERT INTO press_incident (unit_id, unit_path, code, title, incident_type, severity, status, summary, owner_id, opened_from, source_id, first_alert_at, statement_due_at, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- @ vn.lantoa.press.incidents.IncidentStore
INSERT INTO press_incident_event (unit_id, incident_id, kind, body, actor_id, actor_name, at) VALUES (?, ?, ?, ?, ?, ?, ?);

-- @ vn.lantoa.press.incidents.IncidentStore
INSERT INTO press_incident_task (unit_id, incident_id, title, who, owner_id, due_at, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- @ vn.lantoa.press.incidents.IncidentStore
SELECT COALESCE(MAX(position), 0) + 1 FROM press_incident_task WHERE unit_id = ? AND incident_id = ?;

-- @ vn.lantoa.press.incidents.IncidentStore
SELECT COUNT(*) FROM press_incident WHERE unit_id = ?;

-- @ vn.lantoa.press.incidents.IncidentStore
SELECT COUNT(*) FROM press_incident WHERE unit_id = ? AND code = ?;

-- @ vn.lantoa.press.incidents.IncidentStore
SELECT i.*, o.full_name AS owner_name FROM press_incident i LEFT JOIN app_user o ON o.id = i.owner_id WHERE i.unit_id = ? AND i.id = ?;

-- @ vn.lantoa.press.incidents.IncidentStore
SELECT i.*, o.full_name AS owner_name FROM press_incident i LEFT JOIN app_user o ON o.id = i.owner_id WHERE i.unit_id = ? AND i.id = ? FOR UPDATE;

-- @ vn.lantoa.press.incidents.IncidentStore
SELECT id, kind, body, actor_name, at FROM press_incident_event WHERE unit_id = ? AND incident_id = ? ORDER BY at, id;

-- @ vn.lantoa.press.incidents.IncidentStore
SELECT t.*, o.full_name AS owner_name, d.full_name AS done_name FROM press_incident_task t LEFT JOIN app_user o ON o.id = t.owner_id LEFT JOIN app_user d ON d.id = t.done_by WHERE t.unit_id = ? AND t.incident_id = ? ORDER BY t.due_at IS NULL, t.due_at, t.position;

-- @ vn.lantoa.press.incidents.IncidentStore
UPDATE press_incident SET first_statement_at = COALESCE(first_statement_at, ?), updated_at = ?, version = version + 1 WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.incidents.IncidentStore
UPDATE press_incident SET severity = ?, updated_at = ?, version = version + 1 WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.incidents.IncidentStore
UPDATE press_incident SET status = 'CLOSED', closed_at = ?, results = ?, lessons = ?, updated_at = ?, version = version + 1 WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.incidents.IncidentStore
UPDATE press_incident SET status = 'OPEN', closed_at = NULL, updated_at = ?, version = version + 1 WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.incidents.IncidentStore
UPDATE press_incident SET title = ?, incident_type = ?, summary = ?, owner_id = ?, updated_at = ?, version = version + 1 WHERE unit_id = ? AND id = ? AND version = ?;

-- @ vn.lantoa.press.incidents.IncidentStore
UPDATE press_incident SET updated_at = ?, version = version + 1 WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.incidents.IncidentStore
UPDATE press_incident_task SET done_at = ?, done_by = ? WHERE unit_id = ? AND incident_id = ? AND id = ?;

-- @ vn.lantoa.press.incidents.IncidentWork
SELECT COUNT(*) FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? AND m.user_id = ? AND u.status = 'ACTIVE';

-- @ vn.lantoa.press.incidents.IncidentWork
SELECT DISTINCT u.id, u.full_name FROM membership m JOIN app_user u ON u.id = m.user_id WHERE m.unit_id = ? AND u.status = 'ACTIVE' ORDER BY u.full_name;

-- @ vn.lantoa.press.incidents.Playbooks
DELETE FROM press_playbook_step WHERE unit_id = ? AND playbook_id = ?;

-- @ vn.lantoa.press.incidents.Playbooks
INSERT INTO press_playbook (unit_id, unit_path, incident_type, title, draft_statement, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- @ vn.lantoa.press.incidents.Playbooks
INSERT INTO press_playbook_step (unit_id, playbook_id, position, kind, title, who, hours) VALUES (?, ?, ?, 'STEP', ?, ?, ?);

-- @ vn.lantoa.press.incidents.Playbooks
INSERT INTO press_playbook_step (unit_id, playbook_id, position, kind, title, who, phone) VALUES (?, ?, ?, 'CALL', ?, ?, ?);

-- @ vn.lantoa.press.incidents.Playbooks
SELECT id FROM press_playbook WHERE unit_id = ? AND incident_type = ?;

-- @ vn.lantoa.press.incidents.Playbooks
SELECT kind, title, who, hours, phone FROM press_playbook_step WHERE unit_id = ? AND playbook_id = ? ORDER BY kind, position;

-- @ vn.lantoa.press.incidents.Playbooks
SELECT p.*, u.name AS unit_name FROM press_playbook p JOIN unit u ON u.id = p.unit_id;

-- @ vn.lantoa.press.incidents.Playbooks
SELECT p.*, u.name AS unit_name FROM press_playbook p JOIN unit u ON u.id = p.unit_id WHERE ? LIKE CONCAT(p.unit_path, '%') ORDER BY p.incident_type, LENGTH(p.unit_path) DESC;

-- @ vn.lantoa.press.incidents.Playbooks
SELECT p.*, u.name AS unit_name FROM press_playbook p JOIN unit u ON u.id = p.unit_id WHERE p.id = ? AND ? LIKE CONCAT(p.unit_path, '%');

-- @ vn.lantoa.press.incidents.Playbooks
SELECT p.*, u.name AS unit_name FROM press_playbook p JOIN unit u ON u.id = p.unit_id WHERE p.incident_type = ? AND ? LIKE CONCAT(p.unit_path, '%') ORDER BY LENGTH(p.unit_path) DESC LIMIT 1;

-- @ vn.lantoa.press.incidents.Playbooks
UPDATE press_playbook SET incident_type = ?, title = ?, draft_statement = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE unit_id = ? AND id = ? AND version = ?;

-- @ vn.lantoa.press.monitoring.ClippingSearch
SELECT * FROM press_clipping WHERE unit_id = ? AND published_on BETWEEN ? AND ? ORDER BY published_on, id;

-- @ vn.lantoa.press.monitoring.ClippingSearch
SELECT DISTINCT outlet_name FROM press_clipping WHERE unit_id = ? ORDER BY outlet_name LIMIT 500;

-- @ vn.lantoa.press.monitoring.ClippingSearch
SELECT DISTINCT unit_id FROM press_clipping WHERE published_on BETWEEN ? AND ? ORDER BY unit_id;

-- @ vn.lantoa.press.monitoring.ClippingUnits
DELETE FROM press_clipping WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.monitoring.ClippingUnits
DELETE FROM press_clipping_unit WHERE unit_id = ? AND clipping_id = ?;

-- @ vn.lantoa.press.monitoring.ClippingUnits
INSERT INTO press_clipping_unit (unit_id, clipping_id, concerned_unit_id) VALUES (?, ?, ?);

-- @ vn.lantoa.press.monitoring.ClippingUnits
SELECT u.id, u.name FROM press_clipping_unit c JOIN unit u ON u.id = c.concerned_unit_id WHERE c.unit_id = ? AND c.clipping_id = ? ORDER BY u.depth, u.name, u.id;

-- @ vn.lantoa.press.monitoring.ClippingUnits
UPDATE press_clipping SET forwarded_from_id = NULL WHERE forwarded_from_id = ?;

-- @ vn.lantoa.press.monitoring.DigestRecord
INSERT IGNORE INTO press_clipping_digest (unit_id, frequency, period_start, period_end, clippings, recipients, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?);

-- @ vn.lantoa.press.questions.QuestionPeople
SELECT c.id, c.full_name, c.email, o.name FROM press_contact c LEFT JOIN press_outlet o ON o.id = c.outlet_id WHERE c.unit_id = ? AND c.active = TRUE ORDER BY c.full_name LIMIT 2000;

-- @ vn.lantoa.press.questions.QuestionSteps
INSERT IGNORE INTO press_question_step (unit_id, question_id, kind, reminded_due_on, happened_at) VALUES (?, ?, ?, ?, ?);

-- @ vn.lantoa.press.questions.QuestionSteps
INSERT INTO press_question_step (unit_id, question_id, kind, actor_id, note, happened_at) VALUES (?, ?, ?, ?, ?, ?);

-- @ vn.lantoa.press.questions.QuestionSteps
SELECT s.kind, u.full_name, s.note, s.reminded_due_on, s.happened_at FROM press_question_step s LEFT JOIN app_user u ON u.id = s.actor_id WHERE s.unit_id = ? AND s.question_id = ? ORDER BY s.id;

-- @ vn.lantoa.press.questions.QuestionsDue
SELECT q.id, q.code, q.outlet_name, q.journalist_name, q.question, q.due_on, q.assignee_id, u.full_name, q.status FROM press_question q LEFT JOIN app_user u ON u.id = q.assignee_id WHERE q.unit_id = ? AND q.status IN ('RECEIVED', 'DRAFTED', 'APPROVED') AND q.due_on <= ? ORDER BY q.due_on, q.id LIMIT ?;

-- @ vn.lantoa.press.questions.QuestionsDue
SELECT unit_id, id FROM press_question WHERE status IN ('RECEIVED', 'DRAFTED', 'APPROVED') AND due_on <= ? ORDER BY due_on, id LIMIT 5000;

-- @ vn.lantoa.press.releases.MailingStore
INSERT INTO press_mailing (unit_id, article_id, subject, body_text, body_html, list_names, send_at, embargoed, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- @ vn.lantoa.press.releases.MailingStore
SELECT COALESCE(SUM(status IN ('QUEUED', 'SENDING')), 0), COALESCE(SUM(status = 'SENT'), 0), COALESCE(SUM(status IN ('FAILED', 'UNCONFIRMED')), 0) FROM press_delivery WHERE unit_id = ? AND mailing_id = ?;

-- @ vn.lantoa.press.releases.MailingStore
SELECT COUNT(*) FROM press_delivery WHERE unit_id = ? AND mailing_id = ? AND (? IS NULL OR status = ?);

-- @ vn.lantoa.press.releases.MailingStore
SELECT DISTINCT claim FROM press_delivery WHERE status = 'SENDING' AND claimed_at < ?;

-- @ vn.lantoa.press.releases.MailingStore
SELECT id FROM press_delivery WHERE status = 'QUEUED' AND next_attempt_at <= ? ORDER BY id LIMIT ?;

-- @ vn.lantoa.press.releases.MailingStore
SELECT id, mailing_id, full_name, email, status, attempts, next_attempt_at, last_error, sent_at FROM press_delivery;

-- @ vn.lantoa.press.releases.MailingStore
SELECT id, mailing_id, full_name, email, status, attempts, next_attempt_at, last_error, sent_at FROM press_delivery WHERE claim = ? AND status = 'SENDING' ORDER BY id;

-- @ vn.lantoa.press.releases.MailingStore
SELECT id, mailing_id, full_name, email, status, attempts, next_attempt_at, last_error, sent_at FROM press_delivery WHERE unit_id = ? AND mailing_id = ? AND (? IS NULL OR status = ?) ORDER BY FIELD(status, 'FAILED', 'UNCONFIRMED', 'QUEUED', 'SENDING', 'SENT'), full_name, id LIMIT ? OFFSET ?;

-- @ vn.lantoa.press.releases.MailingStore
SELECT id, unit_id, article_id, subject, body_text, body_html, list_names, send_at, embargoed, created_at, created_by FROM press_mailing;

-- @ vn.lantoa.press.releases.MailingStore
SELECT id, unit_id, article_id, subject, body_text, body_html, list_names, send_at, embargoed, created_at, created_by FROM press_mailing WHERE id = ?;

-- @ vn.lantoa.press.releases.MailingStore
SELECT id, unit_id, article_id, subject, body_text, body_html, list_names, send_at, embargoed, created_at, created_by FROM press_mailing WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.press.releases.MailingStore
SELECT m.id, m.unit_id, m.article_id, m.subject, '' AS body_text, '' AS body_html, m.list_names, m.send_at, m.embargoed, m.created_at, m.created_by, (SELECT COUNT(*) FROM press_delivery d WHERE d.mailing_id = m.id AND d.status IN ('QUEUED', 'SENDING')), (SELECT COUNT(*) FROM press_delivery d WHERE d.mailing_id = m.id AND d.status = 'SENT'), (SELECT COUNT(*) FROM press_delivery d WHERE d.mailing_id = m.id AND d.status IN ('FAILED', 'UNCONFIRMED')) FROM press_mailing m WHERE m.unit_id = ? ORDER BY m.created_at DESC, m.id DESC LIMIT ?;

-- @ vn.lantoa.press.releases.MailingStore
UPDATE press_delivery SET status = 'QUEUED', attempts = 0, next_attempt_at = ?, claim = NULL WHERE unit_id = ? AND mailing_id = ? AND status IN ('FAILED', 'UNCONFIRMED');

-- @ vn.lantoa.press.releases.MailingStore
UPDATE press_delivery SET status = 'QUEUED', attempts = attempts - 1, claim = NULL WHERE claim = ? AND status = 'SENDING';

-- @ vn.lantoa.press.releases.MailingStore
UPDATE press_delivery SET status = 'SENT', sent_at = ?, last_error = NULL WHERE id = ? AND status = 'SENDING';

-- @ vn.lantoa.press.releases.MailingStore
UPDATE press_delivery SET status = 'UNCONFIRMED', last_error = ? WHERE claim = ? AND status = 'SENDING' ORDER BY id LIMIT 1;

-- @ vn.lantoa.press.releases.MailingStore
UPDATE press_delivery SET status = ?, last_error = ?, next_attempt_at = ? WHERE id = ? AND status = 'SENDING';

-- @ vn.lantoa.press.releases.PressRoom
DELETE FROM press_kit_file WHERE unit_id = ? AND file_id = ?;

-- @ vn.lantoa.press.releases.PressRoom
INSERT IGNORE INTO press_kit_file (unit_id, file_id, added_at, added_by) VALUES (?, ?, ?, ?);

-- @ vn.lantoa.press.releases.PressRoom
SELECT file_id FROM press_kit_file WHERE unit_id = ? ORDER BY added_at, file_id;

-- @ vn.lantoa.press.releases.PressRoom
SELECT title, slug, summary, published_at FROM article WHERE unit_id = ? AND kind = 'PRESS_RELEASE' AND status = 'PUBLISHED' ORDER BY published_at DESC, id DESC LIMIT ?;

-- @ vn.lantoa.reporting.core.LockExceptions
INSERT INTO report_lock_exception (unit_id, obligation_id, period_code, until_at, granted_at, granted_by) VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE until_at = VALUES(until_at), granted_at = VALUES(granted_at), granted_by = VALUES(granted_by);

-- @ vn.lantoa.reporting.core.LockExceptions
SELECT until_at FROM report_lock_exception WHERE unit_id = ? AND obligation_id = ? AND period_code = ?;

-- @ vn.lantoa.reporting.dashboard.DrillDown
SELECT id, period_code FROM report WHERE unit_id = ? AND obligation_id = ? AND first_submitted_at IS NOT NULL;

-- @ vn.lantoa.reporting.deadline.ExamBoard
SELECT id FROM unit WHERE path LIKE ?;

-- @ vn.lantoa.reporting.deadline.Reminders
INSERT IGNORE INTO report_reminder (unit_id, obligation_id, period_code, kind, sent_at, sent_by, outcome, addressees) VALUES (?, ?, ?, ?, ?, ?, ?, ?);

-- @ vn.lantoa.reporting.deadline.Reminders
UPDATE report_reminder SET sent_at = ?, sent_by = ?, outcome = ?, addressees = ? WHERE unit_id = ? AND obligation_id = ? AND period_code = ? AND kind = ? AND outcome <> 'SENT';

-- @ vn.lantoa.reporting.incident.Incidents
SELECT r.id, u.name, o.id, r.period_code, r.first_submitted_at, r.recipient_unit_id, CASE WHEN r.status IN ('SUBMITTED', 'ACCEPTED') THEN r.answers ELSE (SELECT v.answers FROM report_version v WHERE v.unit_id = r.unit_id AND v.report_id = r.id AND v.answers IS NOT NULL ORDER BY v.number DESC LIMIT 1) END, r.unit_id FROM report r JOIN obligation o ON o.id = r.obligation_id JOIN unit u ON u.id = r.unit_id WHERE o.period_type = 'EVENT' AND r.first_submitted_at IS NOT NULL AND r.first_submitted_at > ? AND (r.recipient_unit_id = ? OR (u.path LIKE ? AND u.id <> ?)) ORDER BY r.first_submitted_at DESC LIMIT 200;

-- @ vn.lantoa.reporting.obligation.UnitGroups
INSERT INTO unit_group (unit_id, name, created_at, created_by) VALUES (?, ?, ?, ?);

-- @ vn.lantoa.reporting.obligation.UnitGroups
INSERT INTO unit_group_member (unit_id, group_id, member_unit_id) VALUES (?, ?, ?);

-- @ vn.lantoa.reporting.obligation.UnitGroups
SELECT 1 FROM unit_group_member WHERE group_id = ? AND member_unit_id = ?;

-- @ vn.lantoa.reporting.obligation.UnitGroups
SELECT g.id, g.name, (SELECT COUNT(*) FROM unit_group_member m WHERE m.group_id = g.id) FROM unit_group g WHERE g.unit_id = ? ORDER BY g.name;

-- @ vn.lantoa.reporting.obligation.UnitGroups
SELECT id, name, depth FROM unit WHERE path LIKE ? AND id <> ? AND closed_on IS NULL ORDER BY path LIMIT 1000;

-- @ vn.lantoa.reporting.obligation.UnitGroups
SELECT name FROM unit_group WHERE id = ?;

-- @ vn.lantoa.reporting.rollup.RegroupOnMove
SELECT DISTINCT r.obligation_id, r.period_code FROM unit u JOIN report r ON r.unit_id = u.id WHERE u.path LIKE ? AND r.revision > 0;

-- @ vn.lantoa.reporting.rollup.RegroupOnMove
UPDATE report_total SET group_path = CONCAT(?, SUBSTRING(group_path, ?)) WHERE obligation_id = ? AND period_code = ? AND group_path LIKE ?;

-- @ vn.lantoa.reporting.rollup.RegroupOnMove
UPDATE report_value v JOIN report r ON r.id = v.report_id SET v.group_unit_id = ? WHERE r.unit_id = ? AND r.obligation_id = ? AND r.period_code = ?;

-- @ vn.lantoa.reporting.rollup.RollUpReads
SELECT SUBSTRING_INDEX(SUBSTRING(group_path, ?), '/', 1) AS child, field_key, SUM(total), SUM(reports), MIN(min_value), MAX(max_value) FROM report_total FORCE INDEX (ix_report_total_path) WHERE obligation_id = ? AND period_code = ? AND group_path LIKE ? AND group_path <> ? GROUP BY child, field_key;

-- @ vn.lantoa.reporting.rollup.RollUpReads
SELECT SUBSTRING_INDEX(SUBSTRING(u.path, ?), '/', 1) AS child, u.depth = ? AS own, v.field_key, SUM(v.value), COUNT(*), MIN(v.value), MAX(v.value) FROM unit u JOIN report r ON r.unit_id = u.id AND r.obligation_id = ? AND r.period_code = ? JOIN report_value v ON v.report_id = r.id WHERE u.path LIKE ? AND u.path <> ? GROUP BY child, own, v.field_key;

-- @ vn.lantoa.reporting.rollup.RollUpReads
SELECT unit_id, field_key, value FROM report_value WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ?;

-- @ vn.lantoa.reporting.rollup.RollUpStore
DELETE FROM report_value WHERE report_id = ?;

-- @ vn.lantoa.reporting.rollup.RollUpStore
DELETE t FROM report_total t WHERE t.obligation_id = ? AND t.period_code = ? AND t.group_unit_id = ? AND NOT EXISTS (SELECT 1 FROM report_value v WHERE v.obligation_id = t.obligation_id AND v.period_code = t.period_code AND v.group_unit_id = t.group_unit_id AND v.field_key = t.field_key);

-- @ vn.lantoa.reporting.rollup.RollUpStore
INSERT IGNORE INTO report_value (report_id, obligation_id, period_code, group_unit_id, unit_id, field_key, value) SELECT report_id, obligation_id, period_code, group_unit_id, unit_id, ?, 1 FROM report_value WHERE report_id = ? AND field_key = ?;

-- @ vn.lantoa.reporting.rollup.RollUpStore
INSERT INTO report_total (obligation_id, period_code, group_path, field_key, group_unit_id, total, reports, min_value, max_value) SELECT obligation_id, period_code, ?, field_key, group_unit_id, SUM(value), COUNT(*), MIN(value), MAX(value) FROM report_value WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ? GROUP BY field_key ON DUPLICATE KEY UPDATE group_path = VALUES(group_path), total = VALUES(total), reports = VALUES(reports), min_value = VALUES(min_value), max_value = VALUES(max_value);

-- @ vn.lantoa.reporting.rollup.RollUpStore
INSERT INTO report_total (obligation_id, period_code, group_path, field_key, group_unit_id, total, reports, min_value, max_value) VALUES (?, ?, ?, ?, ?, 1, 1, 1, 1) ON DUPLICATE KEY UPDATE total = total + 1, reports = reports + 1;

-- @ vn.lantoa.reporting.rollup.RollUpStore
SELECT COALESCE((SELECT p.path FROM unit_placement p WHERE p.unit_id = u.id AND p.valid_from <= ? AND p.valid_to > ? ORDER BY p.valid_from DESC LIMIT 1), u.path) FROM unit u WHERE u.id = ?;

-- @ vn.lantoa.reporting.rollup.RollUpStore
SELECT DISTINCT group_unit_id FROM report_value WHERE report_id = ?;

-- @ vn.lantoa.reporting.rollup.RollUpStore
SELECT group_path FROM report_total WHERE obligation_id = ? AND period_code = ? AND group_unit_id = ? AND field_key = ?;

-- @ vn.lantoa.reporting.rollup.RollUpStore
SELECT obligation_id, period_code, group_unit_id FROM report_value WHERE report_id = ? AND field_key = ?;

-- @ vn.lantoa.reporting.rollup.RollUpStore
SELECT v.group_unit_id FROM report r JOIN report_value v ON v.report_id = r.id WHERE r.unit_id = ? AND r.obligation_id = ? AND r.period_code = ? LIMIT 1;

-- @ vn.lantoa.reporting.rollup.TotalsCheck
SELECT 'SENT_WITHOUT_COUNTER' AS kind, r.obligation_id, r.period_code, NULL AS group_unit_id, '#' AS field_key, r.id AS report_id, 'a sent report has no # value' AS detail FROM report r WHERE r.revision > 0 AND NOT EXISTS (SELECT 1 FROM report_value v WHERE v.report_id = r.id AND v.field_key = '#') UNION ALL SELECT 'VALUES_OF_UNSENT', r.obligation_id, r.period_code, NULL, NULL, r.id, 'a report never sent has values' FROM report r WHERE r.revision = 0 AND EXISTS (SELECT 1 FROM report_value v WHERE v.report_id = r.id) UNION ALL SELECT 'BAD_COUNTER', v.obligation_id, v.period_code, v.group_unit_id, v.field_key, v.report_id, CONCAT('counter value ', v.value) FROM report_value v WHERE (v.field_key IN ('#', '#returned') AND v.value <> 1) OR (v.field_key = '#ontime' AND v.value NOT IN (0, 1)) UNION ALL SELECT 'COUNTERS_MISMATCH', MIN(v.obligation_id), MIN(v.period_code), MIN(v.group_unit_id), NULL, v.report_id, CONCAT(SUM(v.field_key = '#'), ' # and ', SUM(v.field_key = '#ontime'), ' #ontime in ', COUNT(DISTINCT v.group_unit_id), ' groups') FROM report_value v GROUP BY v.report_id HAVING SUM(v.field_key = '#') <> 1 OR SUM(v.field_key = '#ontime') <> 1 OR COUNT(DISTINCT v.group_unit_id) <> 1 UNION ALL SELECT 'RETURNED_COUNTER', r.obligation_id, r.period_code, NULL, '#returned', r.id, CONCAT('status ', r.status, ' but ', (SELECT COUNT(*) FROM report_value v WHERE v.report_id = r.id AND v.field_key = '#returned'), ' #returned') FROM report r WHERE r.revision > 0 AND (r.status = 'RETURNED') <> EXISTS (SELECT 1 FROM report_value v WHERE v.report_id = r.id AND v.field_key = '#returned') UNION ALL SELECT 'VALUE_NOT_ITS_REPORTS', v.obligation_id, v.period_code, v.group_unit_id, v.field_key, v.report_id, 'unit, obligation or period differs from its report' FROM report_value v JOIN report r ON r.id = v.report_id WHERE v.field_key = '#' AND (v.unit_id <> r.unit_id OR v.obligation_id <> r.obligation_id OR v.period_code <> r.period_code) UNION ALL SELECT 'GROUP_PATH', t.obligation_id, t.period_code, t.group_unit_id, t.field_key, NULL, CONCAT('group path ', t.group_path) FROM report_total t WHERE t.field_key = '#' AND t.group_path NOT LIKE CONCAT('%/', t.group_unit_id, '/');

-- @ vn.lantoa.reporting.rollup.TotalsCheck
SELECT 'TOTALS_DIFFER' AS kind, v.obligation_id, v.period_code, v.group_unit_id, v.field_key, CONCAT('values: sum ', v.total, ', count ', v.n, ', min ', v.min_value, ', max ', v.max_value, '; totals: ', COALESCE(CONCAT('sum ', t.total, ', count ', t.reports, ', min ', t.min_value, ', max ', t.max_value), 'none')) AS detail FROM (SELECT obligation_id, period_code, group_unit_id, field_key, SUM(value) AS total, COUNT(*) AS n, MIN(value) AS min_value, MAX(value) AS max_value FROM report_value GROUP BY obligation_id, period_code, group_unit_id, field_key) v LEFT JOIN report_total t ON t.obligation_id = v.obligation_id AND t.period_code = v.period_code AND t.group_unit_id = v.group_unit_id AND t.field_key = v.field_key WHERE t.obligation_id IS NULL OR t.reports <> v.n OR t.total <> v.total OR t.min_value <> v.min_value OR t.max_value <> v.max_value ORDER BY v.obligation_id, v.period_code, v.group_unit_id, v.field_key;

-- @ vn.lantoa.reporting.rollup.TotalsCheck
SELECT 'TOTALS_WITHOUT_VALUES' AS kind, t.obligation_id, t.period_code, t.group_unit_id, t.field_key, CONCAT('totals: sum ', t.total, ', count ', t.reports) AS detail FROM report_total t WHERE NOT EXISTS (SELECT 1 FROM report_value v WHERE v.obligation_id = t.obligation_id AND v.period_code = t.period_code AND v.group_unit_id = t.group_unit_id AND v.field_key = t.field_key) ORDER BY t.obligation_id, t.period_code, t.group_unit_id, t.field_key;

-- @ vn.lantoa.reporting.rollup.TotalsCheck
SELECT DISTINCT obligation_id, period_code FROM report_total;

-- @ vn.lantoa.reporting.rollup.TotalsCheck
SELECT v.report_id, v.group_unit_id, v.value, r.first_submitted_at FROM report_value v JOIN report r ON r.id = v.report_id WHERE v.obligation_id = ? AND v.period_code = ? AND v.field_key = '#ontime' AND v.value <> CASE WHEN r.first_submitted_at < ? THEN 1 ELSE 0 END;

-- @ vn.lantoa.reporting.send.OpinionIssueRows
SELECT title, source, handling, result, status, severity FROM public_opinion_issue WHERE unit_id = ? AND first_seen_on >= ? AND first_seen_on <= ? ORDER BY first_seen_on, id LIMIT 100;

-- @ vn.lantoa.reporting.send.ReportAttachments
DELETE FROM report_attachment WHERE report_id = ? AND file_id = ?;

-- @ vn.lantoa.reporting.send.ReportAttachments
INSERT INTO report_attachment (report_id, unit_id, file_id, created_at, created_by) VALUES (?, ?, ?, ?, ?);

-- @ vn.lantoa.reporting.send.ReportAttachments
SELECT 1 FROM report_attachment WHERE report_id = ? AND file_id = ?;

-- @ vn.lantoa.reporting.send.SendBatcher
UPDATE report SET answers = ?, row_count = ?, form_version_id = ?, status = 'SUBMITTED', recipient_unit_id = ?, first_submitted_at = ?, submitted_at = ?, submitted_by = ?, signed_by = ?, decided_at = NULL, decided_by = NULL, return_reason = NULL, revision = 1, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ? AND revision = 0;

-- @ vn.lantoa.tenancy.ActorLoader
SELECT u.id, u.email, u.full_name, u.status, u.platform_admin, u.sessions_valid_after, m.unit_id, un.path, un.name, m.role, (SELECT 1 FROM revoked_session r WHERE r.jti = ?) AS revoked FROM app_user u LEFT JOIN membership m ON m.user_id = u.id LEFT JOIN unit un ON un.id = m.unit_id WHERE u.id = ? ORDER BY un.depth, un.name, m.role;

-- @ vn.lantoa.tenancy.SubtreeUnits
SELECT id, name FROM unit WHERE path LIKE CONCAT(?, '%') AND closed_on IS NULL ORDER BY depth, name, id LIMIT ?;

-- @ vn.lantoa.tenancy.TreeHistory
SELECT unit_id, parent_id, path, depth, valid_from, valid_to FROM unit_placement WHERE unit_id = ? ORDER BY valid_from;

-- @ vn.lantoa.topic.TopicCoverage
SELECT id, name FROM unit WHERE parent_id = ? ORDER BY closed_on IS NOT NULL, name, id;

-- @ vn.lantoa.topic.TopicCoverage
SELECT l.topic_id, SUBSTRING_INDEX(SUBSTRING(u.path, ?), '/', 1), COUNT(*) FROM article_topic l JOIN article a ON a.id = l.article_id JOIN unit u ON u.id = l.unit_id WHERE u.path LIKE CONCAT(?, '%') AND a.status IN ('PUBLISHED', 'ARCHIVED') AND a.published_at >= ? AND a.published_at < ? GROUP BY 1, 2;

-- @ vn.lantoa.topic.TopicCoverage
SELECT l.topic_id, SUBSTRING_INDEX(SUBSTRING(u.path, ?), '/', 1), COUNT(*) FROM case_topic l JOIN desk_case c ON c.id = l.case_id JOIN unit u ON u.id = l.unit_id WHERE u.path LIKE CONCAT(?, '%') AND NOT c.spam AND c.received_at >= ? AND c.received_at < ? GROUP BY 1, 2;

-- @ vn.lantoa.topic.TopicCoverage
SELECT l.topic_id, SUBSTRING_INDEX(SUBSTRING(u.path, ?), '/', 1), COUNT(*) FROM clipping_topic l JOIN press_clipping c ON c.id = l.clipping_id JOIN unit u ON u.id = l.unit_id WHERE u.path LIKE CONCAT(?, '%') AND c.published_on BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM press_clipping o JOIN unit ou ON ou.id = o.unit_id WHERE o.id = c.forwarded_from_id AND ou.path LIKE CONCAT(?, '%')) GROUP BY 1, 2;

-- @ vn.lantoa.topic.TopicCoverage
SELECT l.topic_id, SUBSTRING_INDEX(SUBSTRING(u.path, ?), '/', 1), COUNT(*) FROM plan_item_topic l JOIN plan_item i ON i.id = l.item_id JOIN plan p ON p.id = i.plan_id JOIN unit u ON u.id = l.unit_id WHERE u.path LIKE CONCAT(?, '%') AND p.plan_year = ? AND ((i.quarters & ?) <> 0 OR (i.quarters = 0 AND (i.starts_on IS NULL OR i.starts_on <= ?) AND (i.ends_on IS NULL OR i.ends_on >= ?))) GROUP BY 1, 2;

-- @ vn.lantoa.topic.TopicKeeping
DELETE FROM topic WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.topic.TopicKeeping
INSERT INTO topic (unit_id, code, name, position, active, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, TRUE, ?, ?, ?);

-- @ vn.lantoa.topic.TopicKeeping
UPDATE topic SET active = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.topic.TopicKeeping
UPDATE topic SET position = ? WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.unit.UnitPlacements
INSERT INTO unit_placement (unit_id, valid_from, valid_to, parent_id, path, depth) SELECT ?, valid_from, LEAST(valid_to, ?), unit_id, CONCAT(path, ?, '/'), depth + 1 FROM unit_placement WHERE unit_id = ? AND valid_from < ?;

-- @ vn.lantoa.unit.UnitPlacements
INSERT INTO unit_placement (unit_id, valid_from, valid_to, parent_id, path, depth) SELECT unit_id, ?, valid_to, CASE WHEN unit_id = ? THEN ? ELSE parent_id END, CONCAT(?, SUBSTRING(path, ?)), depth + ? FROM unit_placement WHERE path LIKE ? AND valid_from < ? AND valid_to > ?;

-- @ vn.lantoa.unit.UnitPlacements
INSERT INTO unit_placement (unit_id, valid_from, valid_to, parent_id, path, depth) VALUES (?, ?, ?, NULL, ?, ?);

-- @ vn.lantoa.unit.UnitPlacements
UPDATE unit SET placed_at = ? WHERE path LIKE ?;

-- @ vn.lantoa.unit.UnitPlacements
UPDATE unit u SET placed_at = (SELECT NULLIF(MAX(p.valid_from), ?) FROM unit_placement p WHERE p.unit_id = u.id) WHERE u.id = ?;

-- @ vn.lantoa.unit.UnitPlacements
UPDATE unit_placement SET parent_id = CASE WHEN unit_id = ? THEN ? ELSE parent_id END, path = CONCAT(?, SUBSTRING(path, ?)), depth = depth + ? WHERE path LIKE ? AND valid_from >= ?;

-- @ vn.lantoa.unit.UnitPlacements
UPDATE unit_placement SET valid_to = ? WHERE path LIKE ? AND valid_from < ? AND valid_to > ?;

-- @ vn.lantoa.unit.UnitPlacements
UPDATE unit_placement SET valid_to = ? WHERE unit_id = ? ORDER BY valid_from DESC LIMIT 1;

-- @ vn.lantoa.webhook.Deliveries
DELETE FROM webhook_delivery WHERE status <> 'PENDING' AND updated_at < ? LIMIT 5000;

-- @ vn.lantoa.webhook.Deliveries
DELETE FROM webhook_event WHERE fanned_out = TRUE AND occurred_at < ? AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = webhook_event.id) LIMIT 5000;

-- @ vn.lantoa.webhook.Deliveries
INSERT INTO webhook_attempt (unit_id, delivery_id, number, attempted_at, status_code, duration_ms, error, response, manual) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);

-- @ vn.lantoa.webhook.Deliveries
INSERT INTO webhook_delivery (unit_id, subscription_id, event_id, resource_key, status, attempts, next_attempt_at, created_at, updated_at) VALUES (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?);

-- @ vn.lantoa.webhook.Deliveries
INSERT INTO webhook_event (unit_id, unit_name, type, resource_key, dedupe_key, data, occurred_at, fanned_out) VALUES (?, ?, 'ping', ?, NULL, ?, ?, TRUE);

-- @ vn.lantoa.webhook.Deliveries
SELECT d.id, d.subscription_id, d.event_id, e.type, d.resource_key, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at, d.last_status_code, d.last_duration_ms, d.last_error, d.delivered_at, d.created_at, d.updated_at FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id;

-- @ vn.lantoa.webhook.Deliveries
SELECT d.id, d.subscription_id, d.event_id, e.type, d.resource_key, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at, d.last_status_code, d.last_duration_ms, d.last_error, d.delivered_at, d.created_at, d.updated_at FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id WHERE d.unit_id = ? AND d.subscription_id = ? AND (? IS NULL OR d.updated_at >= ?) ORDER BY d.id DESC LIMIT 1000;

-- @ vn.lantoa.webhook.Deliveries
SELECT d.id, d.subscription_id, d.event_id, e.type, d.resource_key, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at, d.last_status_code, d.last_duration_ms, d.last_error, d.delivered_at, d.created_at, d.updated_at FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id WHERE d.unit_id = ? AND d.subscription_id = ? AND d.id = ?;

-- @ vn.lantoa.webhook.Deliveries
SELECT d.id, d.unit_id, d.subscription_id, d.event_id, d.attempts, s.url, s.secret, e.type, e.unit_id, e.unit_name, e.data, e.occurred_at FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id JOIN webhook_event e ON e.id = d.event_id;

-- @ vn.lantoa.webhook.Deliveries
SELECT d.id, d.unit_id, d.subscription_id, d.event_id, d.attempts, s.url, s.secret, e.type, e.unit_id, e.unit_name, e.data, e.occurred_at FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id JOIN webhook_event e ON e.id = d.event_id JOIN unit su ON su.id = s.unit_id WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND s.active AND su.closed_on IS NULL AND NOT EXISTS (SELECT 1 FROM webhook_delivery p WHERE p.subscription_id = d.subscription_id AND p.resource_key = d.resource_key AND p.status = 'PENDING' AND p.event_id < d.event_id) ORDER BY d.next_attempt_at, d.id LIMIT ?;

-- @ vn.lantoa.webhook.Deliveries
SELECT d.id, d.unit_id, d.subscription_id, d.event_id, d.attempts, s.url, s.secret, e.type, e.unit_id, e.unit_name, e.data, e.occurred_at FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id JOIN webhook_event e ON e.id = d.event_id WHERE d.unit_id = ? AND d.subscription_id = ? AND d.id = ?;

-- @ vn.lantoa.webhook.Deliveries
SELECT id FROM webhook_event WHERE fanned_out = FALSE ORDER BY id LIMIT ? FOR UPDATE;

-- @ vn.lantoa.webhook.Deliveries
UPDATE webhook_delivery SET status = ?, attempts = ?, next_attempt_at = ?, last_attempt_at = ?, last_status_code = ?, last_duration_ms = ?, last_error = ?, delivered_at = CASE WHEN ? THEN ? ELSE delivered_at END, updated_at = ? WHERE unit_id = ? AND id = ?;

-- @ vn.lantoa.webhook.WebhookOutbox
INSERT INTO webhook_event (unit_id, unit_name, type, resource_key, dedupe_key, data, occurred_at, fanned_out) VALUES (?, ?, ?, ?, ?, ?, ?, FALSE);
