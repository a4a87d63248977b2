/**
 * Point-in-time behavioural features for the five score dimensions: {@link io.credit.features.FeatureJob}
 * (full or incremental), the feature store layout, and {@link io.credit.features.FeatureStore} for readers.
 */
package io.credit.features;
