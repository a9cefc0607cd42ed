package io.mlopsradar.drawing;

/** One tool on the landscape: its position (x, y in [0, 1]), ring and category name. */
public record LandscapePoint(String id, String name, double x, double y, int ring, String category) {
}
