package io.mlopsradar.landscape;

/** One quarter of the landscape: model- or software-focused, all-in-one or piecemeal. */
public record Quadrant(String id, String name, boolean modelFocused, boolean allInOne, String description) implements Named {

    public double minX() {
        return modelFocused ? 0.5 : 0.0;
    }

    public double minY() {
        return allInOne ? 0.5 : 0.0;
    }

    /** True when (x, y) lies in this quadrant; the centre lines belong to the model / all-in-one side. */
    public boolean contains(double x, double y) {
        return x >= minX() && x <= minX() + 0.5 && y >= minY() && y <= minY() + 0.5
                && (modelFocused || x < 0.5) && (allInOne || y < 0.5);
    }
}
