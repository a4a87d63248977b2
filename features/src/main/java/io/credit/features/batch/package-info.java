/** Spring Batch glue: the nightly job's feature step ({@link io.credit.features.batch.FeatureTasklet}). */
package io.credit.features.batch;
