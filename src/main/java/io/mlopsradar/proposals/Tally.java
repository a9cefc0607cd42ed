package io.mlopsradar.proposals;

/** The votes on a proposal: one per person, for (+1) or against (-1); {@code mine} is the asking person's vote or 0. */
public record Tally(int inFavour, int against, int mine) {
}
