package io.credit.lending.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Read-only queries for lending products embedding the platform (Jdbi SqlObject). "Current" means
 * the snapshot {@code eligibility_current} points to; each query reads pointer and rows in one
 * statement, so it sees one whole snapshot.
 *
 * <pre>{@code EligibilityDao dao = jdbi.onDemand(EligibilityDao.class);
 * List<EligibilityRecord> offers = dao.findCurrent("C00012345");}</pre>
 */
@RegisterRowMapper(EligibilityRecordMapper.class)
@RegisterConstructorMapper(SnapshotInfo.class)
public interface EligibilityDao {
  /** Rows of the current snapshot: the pointer is read in the same statement (a scalar subquery, so the
   * primary key (snapshot_id, customer_id, product) serves the lookup). */
  String CURRENT = " from eligibility e where e.snapshot_id = (select c.snapshot_id from eligibility_current c "
      + "where c.id = 1) and ";

  /** Every product's current decision for a customer (empty when unknown), ordered by product. */
  @SqlQuery("select e.*" + CURRENT + "e.customer_id = :customerId order by e.product")
  @UseRowMapper(EligibilityRecordMapper.class)
  List<EligibilityRecord> findCurrent(@Bind("customerId") String customerId);

  /** One product's current decision for a customer. */
  @SqlQuery("select e.*" + CURRENT + "e.customer_id = :customerId and e.product = :product")
  @UseRowMapper(EligibilityRecordMapper.class)
  Optional<EligibilityRecord> findCurrent(@Bind("customerId") String customerId, @Bind("product") String product);

  /**
   * A page of current decisions for a product, by customer id after {@code afterCustomerId} ("" for the first page).
   * Ordered by the primary key's leading columns, so that H2 walks the key and stops at the limit (ordered by
   * customer id alone, it read and sorted every later customer's row for each page).
   */
  @SqlQuery("select e.*" + CURRENT + "e.product = :product and e.customer_id > :after "
      + "order by e.snapshot_id, e.customer_id limit :limit")
  List<EligibilityRecord> findCurrentByProduct(@Bind("product") String product, @Bind("after") String afterCustomerId,
      @Bind("limit") int limit);

  /** A customer's decisions as published for a run date (the last snapshot published for that date). */
  @SqlQuery("select e.* from eligibility e where e.customer_id = :customerId and e.snapshot_id = "
      + "(select max(s.snapshot_id) from eligibility_snapshots s where s.run_date = :runDate and s.status = 'PUBLISHED') "
      + "order by e.product")
  List<EligibilityRecord> findByDate(@Bind("customerId") String customerId, @Bind("runDate") LocalDate runDate);

  /** The snapshot readers currently see. */
  @SqlQuery("select s.* from eligibility_snapshots s join eligibility_current c on c.id = 1 "
      + "and s.snapshot_id = c.snapshot_id")
  Optional<SnapshotInfo> currentSnapshot();

  /** All snapshots, newest first. */
  @SqlQuery("select * from eligibility_snapshots order by snapshot_id desc")
  List<SnapshotInfo> snapshots();

  /** Number of rows in the current snapshot (one statement: never a mix of two snapshots). */
  @SqlQuery("select count(*)" + CURRENT + "1 = 1")
  long countCurrent();
}
