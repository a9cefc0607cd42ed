package io.mlopsradar.advisor;

/** A well-known tool for a need that was not offered, and why not. */
public record Rejection(String id, String name, String reason) {
}
