package io.mlopsradar.render;

/** An axis-aligned rectangle in picture units (x, y is the top-left corner). */
record Box(double x, double y, double width, double height) {

    boolean intersects(Box o) {
        return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
    }

    boolean inside(Box outer) {
        return x >= outer.x && y >= outer.y && x + width <= outer.x + outer.width
                && y + height <= outer.y + outer.height;
    }

    double centreX() {
        return x + width / 2;
    }

    double centreY() {
        return y + height / 2;
    }
}
