package io.mlopsradar.landscape;

/** A point on the landscape: x is artifact focus (0 software, 1 model), y is scope (0 piecemeal, 1 all-in-one). */
public record Position(double x, double y) {

    /** The position rounded to three decimals, as shown to people. */
    public Position rounded() {
        return new Position(Math.round(x * 1000) / 1000.0, Math.round(y * 1000) / 1000.0);
    }
}
