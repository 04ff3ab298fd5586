package vn.lantoa.reporting.send;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.lantoa.reporting.core.Report;

import java.time.Instant;
import java.time.LocalDate;

/** Counts of a unit's own work in a period, the first values of prefilled fields. Each query is scoped to the unit. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PrefillRepository extends GenericRepository<Report, Long> {

    @Query("SELECT COUNT(*) FROM article WHERE unit_id = :unitId AND status IN ('PUBLISHED', 'ARCHIVED') "
            + "AND published_at >= :from AND published_at < :to")
    long articlesPublished(Long unitId, Instant from, Instant to);

    @Query("SELECT COUNT(*) FROM official_document WHERE unit_id = :unitId AND status = 'PUBLISHED' "
            + "AND published_at >= :from AND published_at < :to")
    long documentsPublished(Long unitId, Instant from, Instant to);

    @Query("SELECT COUNT(*) FROM story_submission WHERE unit_id = :unitId AND created_at >= :from AND created_at < :to")
    long storiesSent(Long unitId, Instant from, Instant to);

    @Query("SELECT COUNT(*) FROM story_submission WHERE unit_id = :unitId AND status = 'ACCEPTED' AND decided_at >= :from AND decided_at < :to")
    long storiesAccepted(Long unitId, Instant from, Instant to);

    @Query("SELECT COUNT(*) FROM share_target WHERE unit_id = :unitId AND acknowledged_at >= :from AND acknowledged_at < :to")
    long sharesAcknowledged(Long unitId, Instant from, Instant to);

    @Query("SELECT COUNT(*) FROM desk_case WHERE unit_id = :unitId AND spam = FALSE AND received_at >= :from AND received_at < :to")
    long feedbackReceived(Long unitId, Instant from, Instant to);

    /** Of the feedback received in the period, what was answered or closed before the period ended. */
    @Query("SELECT COUNT(*) FROM desk_case WHERE unit_id = :unitId AND spam = FALSE AND received_at >= :from AND received_at < :to "
            + "AND ((answered_at IS NOT NULL AND answered_at < :to) OR (closed_at IS NOT NULL AND closed_at < :to))")
    long feedbackHandled(Long unitId, Instant from, Instant to);

    @Query("SELECT COUNT(*) FROM public_opinion_issue WHERE unit_id = :unitId AND first_seen_on >= :firstDay AND first_seen_on <= :lastDay")
    long opinionIssuesArisen(Long unitId, LocalDate firstDay, LocalDate lastDay);

    /** Of the issues first seen in the period, those marked handled before the period ended. */
    @Query("SELECT COUNT(*) FROM public_opinion_issue WHERE unit_id = :unitId AND first_seen_on >= :firstDay AND first_seen_on <= :lastDay "
            + "AND status = 'RESOLVED' AND resolved_at < :to")
    long opinionIssuesResolved(Long unitId, LocalDate firstDay, LocalDate lastDay, Instant to);

    /** Articles and posts of the unit's media monitoring that appeared in the period (the press desk's clippings). */
    @Query("SELECT COUNT(*) FROM press_clipping WHERE unit_id = :unitId AND published_on >= :firstDay AND published_on <= :lastDay")
    long clippings(Long unitId, LocalDate firstDay, LocalDate lastDay);

    @Query("SELECT COUNT(*) FROM press_clipping WHERE unit_id = :unitId AND published_on >= :firstDay AND published_on <= :lastDay AND tone = :tone")
    long clippingsOfTone(Long unitId, LocalDate firstDay, LocalDate lastDay, String tone);
}
