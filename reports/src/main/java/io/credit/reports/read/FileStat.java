package io.credit.reports.read;

import java.time.LocalDateTime;

/** One input file's accounting in an ingestion run ({@code ingest_file_stats}). */
public record FileStat(String fileName, long rowsRead, long rowsLoaded, long rowsRejected, long rowsDuplicate,
    String status, LocalDateTime startedAt, LocalDateTime finishedAt) {}
