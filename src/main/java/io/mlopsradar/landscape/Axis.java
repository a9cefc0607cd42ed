package io.mlopsradar.landscape;

/** One axis of the landscape, with the words for its two ends. */
public record Axis(String name, String low, String high) {
}
