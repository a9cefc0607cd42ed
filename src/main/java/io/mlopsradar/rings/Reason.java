package io.mlopsradar.rings;

/** One applied rule and the evidence behind it, in words a person can check. */
public record Reason(Rule rule, Effect effect, String text) {
}
