package io.mlopsradar.drawing;

/** The words at both ends of the landscape's two axes. */
public record AxisLabels(String xLow, String xHigh, String yLow, String yHigh) {
}
