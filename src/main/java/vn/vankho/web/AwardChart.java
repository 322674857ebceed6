package vn.vankho.web;

import java.util.ArrayList;
import java.util.List;
import vn.vankho.archive.AwardCounts;

/**
 * A stacked bar chart of awards by year and form, laid out here and drawn as SVG by chart.peb: people would
 * rather look at it than read a table of counts. Forms keep one colour across the bars and in the legend.
 */
record AwardChart(int width, int height, int baseline, List<Bar> bars, List<Legend> legend, String summary) {
  private static final String[] COLOURS = {"#1f6feb", "#d29922", "#2da44e", "#cf222e", "#8250df", "#1b7c83",
      "#bf3989", "#6e7781", "#953800", "#0550ae"};
  private static final int HEIGHT = 220;
  private static final int TOP = 20;
  private static final int BOTTOM = 40;
  private static final int BAR = 36;
  private static final int GAP = 20;
  private static final int LEFT = 30;

  record Segment(int y, int height, String colour, String form, int count) {}

  record Bar(int x, int width, int year, int total, int totalY, List<Segment> segments) {}

  record Legend(String colour, String form) {}

  static AwardChart of(AwardCounts counts) {
    int baseline = HEIGHT - BOTTOM;
    int largest = Math.max(1, counts.largestTotal());
    double perAward = (double) (baseline - TOP) / largest;
    List<Bar> bars = new ArrayList<>();
    int x = LEFT;
    for (int year : counts.years()) {
      List<Segment> segments = new ArrayList<>();
      int top = baseline;
      for (int f = 0; f < counts.forms().size(); f++) {
        String form = counts.forms().get(f);
        int n = counts.count(year, form);
        if (n > 0) {
          int h = Math.max(1, (int) Math.round(n * perAward));
          top -= h;
          segments.add(new Segment(top, h, colour(f), form, n));
        }
      }
      bars.add(new Bar(x, BAR, year, counts.total(year), top - 4, segments));
      x += BAR + GAP;
    }
    List<Legend> legend = new ArrayList<>();
    for (int f = 0; f < counts.forms().size(); f++) {
      legend.add(new Legend(colour(f), counts.forms().get(f)));
    }
    String summary = "Số khen thưởng theo năm và hình thức, " + counts.years().size() + " năm";
    return new AwardChart(Math.max(x + LEFT, 200), HEIGHT, baseline, bars, legend, summary);
  }

  private static String colour(int form) {
    return COLOURS[form % COLOURS.length];
  }
}
