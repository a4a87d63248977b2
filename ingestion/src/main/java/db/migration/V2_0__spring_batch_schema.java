package db.migration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates Spring Batch's job repository tables ({@code batch_*}) with the DDL that ships inside
 * spring-batch-core, choosing the PostgreSQL or H2 flavour from the connected database.
 */
public class V2_0__spring_batch_schema extends BaseJavaMigration {
  private static final String SCHEMA_FOLDER = "org/springframework/batch/core/";

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
    String script = product.contains("postgres") ? "schema-postgresql.sql" : "schema-h2.sql";
    for (String statement : statements(load(SCHEMA_FOLDER + script))) {
      try (Statement st = connection.createStatement()) {
        st.execute(statement);
      } catch (SQLException e) {
        throw new SQLException("Spring Batch schema statement failed: " + statement, e);
      }
    }
  }

  private static String load(String resource) throws IOException {
    try (InputStream in = V2_0__spring_batch_schema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("spring-batch-core lacks " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static java.util.List<String> statements(String script) {
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    return java.util.Arrays.stream(withoutComments.toString().split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
