package vn.lantoa.recognition;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** The hops of good examples up the tree; read through {@link GoodExampleRepository}'s queries. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface GoodExampleHopRepository extends GenericRepository<GoodExampleHop, Long> {

    GoodExampleHop save(GoodExampleHop hop);
}
