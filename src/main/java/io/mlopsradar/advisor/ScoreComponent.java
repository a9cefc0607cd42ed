package io.mlopsradar.advisor;

/**
 * One named part of an option's score: its points and the sentence that explains them, so a reader can audit
 * every point. The names are stable and documented in docs/profile.md.
 */
public record ScoreComponent(String name, double points, String text) {
}
