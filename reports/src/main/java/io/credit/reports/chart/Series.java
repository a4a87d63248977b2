package io.credit.reports.chart;

import java.util.List;

/**
 * One line of a {@link LineChart}.
 *
 * @param name   legend text
 * @param colour CSS colour
 * @param dashed drawn dashed (e.g. a reference diagonal)
 * @param points (x, y) pairs in drawing order
 */
public record Series(String name, String colour, boolean dashed, List<double[]> points) {}
