package io.credit.lending.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps an {@code eligibility} row to an {@link EligibilityRecord}, column by column. Written out
 * rather than a reflective constructor mapper because the API runs one such query per request: Jdbi
 * resolves a constructor mapper's column mappers again for every result set, which was more than half
 * of the server's CPU time under load (JFR, 2,000 requests/s).
 */
public final class EligibilityRecordMapper implements RowMapper<EligibilityRecord> {
  @Override
  public EligibilityRecord map(ResultSet rs, StatementContext ctx) throws SQLException {
    int score = rs.getInt("score");
    Integer scoreOrNull = rs.wasNull() ? null : score;
    Date runDate = rs.getDate("run_date");
    return new EligibilityRecord(rs.getLong("snapshot_id"), rs.getString("customer_id"), rs.getString("product"),
        rs.getString("decision"), rs.getBigDecimal("credit_limit"), rs.getBigDecimal("deposit_waived"),
        scoreOrNull, rs.getString("band"), rs.getString("score_status"), rs.getString("model_name"),
        rs.getString("model_version"), rs.getString("policy_version"),
        runDate == null ? null : runDate.toLocalDate(), rs.getString("reasons"));
  }
}
