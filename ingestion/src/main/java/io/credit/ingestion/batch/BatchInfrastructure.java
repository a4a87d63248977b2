package io.credit.ingestion.batch;

import io.credit.core.db.Database;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Batch infrastructure every job of the platform shares: the platform {@link Database}'s pool as
 * {@code dataSource}, a JDBC transaction manager on it, and Spring Batch's JDBC job repository in the
 * same database (tables {@code batch_*}, created by the ingestion migration {@code V2_0}).
 *
 * <p>Expects a {@link Database} bean; {@link BatchContexts#create} registers it.
 */
@Configuration(proxyBeanMethods = false)
@EnableBatchProcessing
@EnableJdbcJobRepository
public class BatchInfrastructure {

  /** The platform's pool; its owner ({@link Database}) closes it, not the Spring context. */
  @Bean(destroyMethod = "")
  public DataSource dataSource(Database database) {
    return database.dataSource();
  }

  @Bean
  public JdbcTransactionManager transactionManager(DataSource dataSource) {
    return new JdbcTransactionManager(dataSource);
  }
}
