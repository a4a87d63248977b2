package io.credit.scoring.data;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A labelled table ready for training: numeric columns as {@code double} (null = missing),
 * categorical columns as trimmed strings (null = missing) and {@code label} (1.0 = bad, 0.0 = good).
 *
 * @param rows        the data
 * @param numeric     numeric feature columns
 * @param categorical categorical feature columns
 * @param dropped     columns not used, with the reason
 * @param renamed     original column name → safe column name, where they differ
 */
public record LabelledData(Dataset<Row> rows, List<String> numeric, List<String> categorical,
    Map<String, String> dropped, Map<String, String> renamed) {

  public static final String LABEL = "label";
}
