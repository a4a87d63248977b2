/**
 * Small inline-SVG chart components (bar, horizontal bar, line): pure functions from data to an
 * {@code <svg>} string, with text escaped, so pages need no script or network to show a chart.
 */
package io.credit.reports.chart;
