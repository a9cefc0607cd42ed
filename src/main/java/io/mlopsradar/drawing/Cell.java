package io.mlopsradar.drawing;

/** One segment-by-ring cell of a radar: an annulus sector that knows whether a blip fits inside it. */
record Cell(int segment, int ring, RadarGeometry geometry) {

    double inner() {
        return geometry.ringInner(ring);
    }

    double outer() {
        return geometry.ringOuter(ring);
    }

    double startAngle() {
        return geometry.segmentStart(segment);
    }

    double endAngle() {
        return startAngle() + geometry.segmentSweep();
    }

    /** True when a disc of the given radius around p lies inside the cell, clear of its boundary and ring name. */
    boolean holds(Point p, double clearance) {
        double rho = p.radius();
        if (rho + clearance > outer() || (ring > 0 && rho - clearance < inner())) {
            return false;
        }
        if (coversRingLabel(p, clearance)) {
            return false;
        }
        if (geometry.segments() == 1) {
            return true;
        }
        double angle = RadarGeometry.angleOf(p);
        return angle >= startAngle() && angle <= endAngle()
                && distanceToRay(p, startAngle()) >= clearance
                && distanceToRay(p, endAngle()) >= clearance;
    }

    private boolean coversRingLabel(Point p, double clearance) {
        Point label = geometry.ringLabelCentre(ring);
        return Math.abs(p.x() - label.x()) < RadarGeometry.RING_LABEL_HALF_WIDTH + clearance
                && Math.abs(p.y() - label.y()) < RadarGeometry.RING_LABEL_HALF_HEIGHT + clearance;
    }

    /** Bounding box {minX, minY, maxX, maxY} of the cell. */
    double[] bounds() {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        include(box, RadarGeometry.polar(inner(), startAngle()));
        include(box, RadarGeometry.polar(inner(), endAngle()));
        include(box, RadarGeometry.polar(outer(), startAngle()));
        include(box, RadarGeometry.polar(outer(), endAngle()));
        for (int quarter = 0; quarter <= 4; quarter++) {
            double a = quarter * Math.PI / 2;
            if (a >= startAngle() && a <= endAngle()) {
                include(box, RadarGeometry.polar(outer(), a));
            }
        }
        return box;
    }

    private static void include(double[] box, Point p) {
        box[0] = Math.min(box[0], p.x());
        box[1] = Math.min(box[1], p.y());
        box[2] = Math.max(box[2], p.x());
        box[3] = Math.max(box[3], p.y());
    }

    private static double distanceToRay(Point p, double angle) {
        Point u = RadarGeometry.polar(1, angle);
        double t = p.x() * u.x() + p.y() * u.y();
        if (t <= 0) {
            return p.radius();
        }
        return Math.hypot(p.x() - t * u.x(), p.y() - t * u.y());
    }
}
