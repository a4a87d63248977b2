package io.credit.reports.chart;

/** One bar: its label, value and fill colour (CSS colour). */
public record Bar(String label, double value, String colour) {}
