package vn.lantoa.reporting.dashboard;

import java.util.List;

/**
 * A bar chart drawn as SVG by the page itself: one group of bars per label (a period), one bar per series. The
 * numbers are in a table next to it too, so nothing is only in the picture.
 */
public record Chart(String title, List<String> labels, List<Series> series, double max, String suffix) {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 220;
    public static final int LEFT = 44;
    public static final int BOTTOM = 28;
    public static final int TOP = 12;

    public record Series(String name, String cssClass, List<Double> values) {
    }

    private double slot() {
        return (double) (WIDTH - LEFT - 8) / Math.max(1, labels.size());
    }

    public double barWidth() {
        return Math.max(2, slot() * 0.8 / Math.max(1, series.size()));
    }

    public double x(int label, int serie) {
        return LEFT + label * slot() + slot() * 0.1 + serie * barWidth();
    }

    public double labelX(int label) {
        return LEFT + label * slot() + slot() / 2;
    }

    public double barHeight(Double value) {
        if (value == null || max <= 0) {
            return 0;
        }
        return Math.max(0, value / max * (HEIGHT - BOTTOM - TOP));
    }

    public double y(Double value) {
        return HEIGHT - BOTTOM - barHeight(value);
    }

    public double baseline() {
        return HEIGHT - BOTTOM;
    }

    /** The value lines across the plot: 0, half and the top. */
    public List<Double> ticks() {
        return List.of(0.0, max / 2, max);
    }

    public double tickY(double value) {
        return HEIGHT - BOTTOM - (max <= 0 ? 0 : value / max * (HEIGHT - BOTTOM - TOP));
    }

    /** Shortens "Tháng 11/2026" to "11/26" under the bars. */
    public static String shortLabel(String label) {
        return label.replace("Tháng ", "").replaceAll("/20(\\d\\d)$", "/$1");
    }
}
