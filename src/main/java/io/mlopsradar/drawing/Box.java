package io.mlopsradar.drawing;

/** An axis-aligned rectangle in picture units (x, y is the top-left corner). */
record Box(double x, double y, double width, double height) {

    boolean intersects(Box o) {
        return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }

    boolean inside(Box outer) {
        return x >= outer.x && y >= outer.y && x + width <= outer.x + outer.width
                && y + height <= outer.y + outer.height;
    }

    /** The picture x of a unit coordinate across this box (0 left edge, 1 right edge). */
    double atX(double unit) {
        return x + unit * width;
    }

    /** The picture y of a unit coordinate up this box (0 bottom edge, 1 top edge). */
    double atY(double unit) {
        return y + (1 - unit) * height;
    }

    double centreX() {
        return x + width / 2;
    }

    double centreY() {
        return y + height / 2;
    }
}
