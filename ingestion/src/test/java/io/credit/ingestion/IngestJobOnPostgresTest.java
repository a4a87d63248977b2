package io.credit.ingestion;

import org.junit.jupiter.api.Tag;

/** {@link IngestJobTest} in the CI's postgres profile (database from {@code -Dtest.db.url}). */
@Tag("postgres")
class IngestJobOnPostgresTest extends IngestJobTest {}
