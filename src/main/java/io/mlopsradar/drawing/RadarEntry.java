package io.mlopsradar.drawing;

/** One tool on a radar picture: id (for links and layout), display name, cell and movement. */
public record RadarEntry(String id, String name, int segment, int ring, Movement movement) {
}
