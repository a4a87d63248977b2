package io.credit.reports.read;

import java.time.LocalDateTime;

/** One Spring Batch step execution of a job run for the report's date. */
public record StepTiming(String jobName, String stepName, LocalDateTime startTime, LocalDateTime endTime,
    String status, Long readCount, Long writeCount) {}
