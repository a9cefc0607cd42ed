package io.mlopsradar.drawing;

/** Thrown when a cell holds more blips than fit even at the smallest blips and the largest radar. */
public class LayoutOverflowException extends IllegalStateException {

    LayoutOverflowException(int segment, int ring, int count, int capacity, RadarGeometry largest) {
        super(String.format(java.util.Locale.ROOT,
                "Segment %d, ring %d holds %d blips but at most %d fit, even with blip radius %.1f and radar radius %.0f",
                segment, ring, count, capacity, largest.blipRadius(), largest.radius()));
    }
}
