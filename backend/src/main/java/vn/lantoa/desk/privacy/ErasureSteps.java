package vn.lantoa.desk.privacy;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import vn.lantoa.desk.CaseStep;

/** The case's history at erasure: its texts erased, and the "personal data erased" step written. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ErasureSteps extends GenericRepository<CaseStep, Long> {

    CaseStep save(CaseStep step);

    boolean existsByUnitIdAndCaseIdAndKind(long unitId, long caseId, vn.lantoa.desk.StepKind kind);

    /**
     * Notes, answers, questions to the citizen and their replies, results: every step's text goes. What stays names
     * staff and units only: the assignee (ASSIGNED), the parent a case was escalated to (ESCALATED), and the first line
     * of a forward ("Trường A → Phòng B"), whose reason below goes like the rest. Steps move with a forwarded case, so
     * the case's current unit holds all of them.
     */
    @Query("""
            UPDATE desk_case_step SET detail = CASE
                WHEN kind = 'FORWARDED' AND LOCATE(CHAR(10 USING utf8mb4), detail) > 0 THEN CONCAT(SUBSTRING_INDEX(detail, CHAR(10 USING utf8mb4), 1), CHAR(10 USING utf8mb4), :erasedText)
                ELSE :erasedText END
            WHERE unit_id = :unitId AND case_id = :caseId AND detail IS NOT NULL AND kind NOT IN ('ASSIGNED', 'ESCALATED')""")
    void eraseTexts(long unitId, long caseId, String erasedText);
}
