package io.credit.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.credit.reports.chart.Axis;
import io.credit.reports.chart.Bar;
import io.credit.reports.chart.BarChart;
import io.credit.reports.chart.HBarChart;
import io.credit.reports.chart.LineChart;
import io.credit.reports.chart.NiceScale;
import io.credit.reports.chart.Series;
import io.credit.reports.page.Psi;
import io.credit.reports.site.IdentityMask;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The SVG charts are well-formed and to scale; PSI, its verdict and the identity mask are right. */
class ChartsAndMathTest {
  static Document xml(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  static double height(Element rect) {
    return Double.parseDouble(rect.getAttribute("height"));
  }

  @Test
  void barHeightsAreProportionalToValuesAndLabelsAreEscaped() throws Exception {
    String svg = BarChart.render("counts <by> band", List.of(new Bar("a<script>", 100, "#f00"),
        new Bar("b", 50, "#0f0"), new Bar("c", 0, "#00f")), "x & y", "n", 400, 200);
    Document doc = xml(svg);
    NodeList rects = doc.getElementsByTagName("rect");
    assertEquals(3, rects.getLength());
    double h0 = height((Element) rects.item(0));
    assertEquals(h0 / 2, height((Element) rects.item(1)), 0.1);
    assertEquals(0, height((Element) rects.item(2)), 0.01);
    assertFalse(svg.contains("<script>"), "labels escaped");
    assertTrue(svg.contains("a&lt;script&gt;"));
  }

  @Test
  void horizontalBarsUseTheFixedScale() throws Exception {
    Document doc = xml(HBarChart.render("dims", List.of(new Bar("x", 100, "#111"), new Bar("y", 25, "#222")),
        100, 0.8, "%.0f", 500));
    NodeList rects = doc.getElementsByTagName("rect");
    double full = Double.parseDouble(((Element) rects.item(1)).getAttribute("width"));
    double quarter = Double.parseDouble(((Element) rects.item(3)).getAttribute("width"));
    assertEquals(full / 4, quarter, 0.1);
    assertEquals(1, doc.getElementsByTagName("line").getLength(), "reference line drawn");
  }

  @Test
  void lineChartDrawsEveryPointAndLabelsBothEnds() throws Exception {
    List<String> dates = List.of("2024-01-31", "2024-02-29", "2024-03-31");
    String svg = LineChart.render("history", List.of(new Series("score", "#00f", false,
            List.of(new double[] {0, 600}, new double[] {1, 640}, new double[] {2, 620}))),
        new Axis("date", 0, 2, dates), Axis.numeric("score", 550, 700), 560, 260);
    Document doc = xml(svg);
    assertEquals(3, doc.getElementsByTagName("circle").getLength());
    assertTrue(svg.contains(">2024-01-31<") && svg.contains(">2024-03-31<"));
  }

  @Test
  void niceScaleCoversTheDataWithRoundTicks() {
    NiceScale s = NiceScale.of(0, 2400, 5);
    assertEquals(500, s.step(), 1e-9);
    assertEquals(List.of(0.0, 500.0, 1000.0, 1500.0, 2000.0, 2500.0), s.ticks());
    NiceScale t = NiceScale.of(0, 2613, 5);
    assertEquals(1000, t.step(), 1e-9, "the next nice step above 2613 / 5");
    assertEquals(3000, t.max(), 1e-9);
    assertEquals(0.25, NiceScale.of(0, 1, 4).step(), 1e-12);
  }

  @Test
  void psiMatchesTheTextbookFormulaAndItsVerdicts() {
    assertEquals(0, Psi.of(new long[] {50, 50}, new long[] {500, 500}), 1e-12);
    double expected = (0.6 - 0.5) * Math.log(0.6 / 0.5) + (0.4 - 0.5) * Math.log(0.4 / 0.5);
    assertEquals(expected, Psi.of(new long[] {50, 50}, new long[] {60, 40}), 1e-12);
    assertTrue(Double.isFinite(Psi.of(new long[] {10, 0}, new long[] {5, 5})), "empty bin floored");
    assertTrue(Double.isNaN(Psi.of(new long[] {0, 0}, new long[] {5, 5})));
    assertEquals("stable", Psi.verdict(0.0999));
    assertEquals("watch", Psi.verdict(0.1));
    assertEquals("watch", Psi.verdict(0.2499));
    assertEquals("shifted", Psi.verdict(0.25));
    assertEquals("none", Psi.verdict(Double.NaN));
  }

  @Test
  void identityMaskHidesNationalIdsAndPhonesButNotCustomerIdsOrAmounts() {
    String masked = IdentityMask.mask("C00012345,11010119900307123X,13812345678,1234.50,2024-03-31");
    assertEquals("C00012345,******************,***********,1234.50,2024-03-31", masked);
    assertEquals("11010119900307123", IdentityMask.mask("11010119900307123"), "17 digits alone is not an id");
  }
}
