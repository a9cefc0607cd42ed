package io.mlopsradar.drawing;

/** A category's name shown at its anchor on the landscape (x, y in [0, 1]). */
public record CategoryArea(String id, String name, int quadrantIndex, double anchorX, double anchorY) {
}
