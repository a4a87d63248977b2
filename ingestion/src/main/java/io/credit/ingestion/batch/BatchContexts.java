package io.credit.ingestion.batch;

import io.credit.core.config.PlatformConfig;
import io.credit.core.db.Database;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** Builds a Spring context for batch jobs around an open {@link Database}. */
public final class BatchContexts {
  private BatchContexts() {}

  /**
   * A refreshed context with the platform config and database as beans, {@link BatchInfrastructure}
   * and the given job configurations. Closing the context leaves the database open.
   */
  public static AnnotationConfigApplicationContext create(PlatformConfig config, Database database,
      Class<?>... jobConfigurations) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    context.registerBean(PlatformConfig.class, () -> config);
    context.registerBean(Database.class, () -> database, bd -> bd.setDestroyMethodName(""));
    context.register(BatchInfrastructure.class);
    context.register(jobConfigurations);
    context.refresh();
    return context;
  }
}
