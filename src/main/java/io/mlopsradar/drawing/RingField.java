package io.mlopsradar.drawing;

/** The ring a landscape position falls in (0 = innermost, e.g. Adopt); x and y are in [0, 1]. */
@FunctionalInterface
public interface RingField {

    /** The ring at (x, y). */
    int ringAt(double x, double y);
}
