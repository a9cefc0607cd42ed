package io.mlopsradar.landscape;

/** A place where the two lifecycle loops meet: work leaving one stage enters another. */
public record Interlock(String from, String to, String description) {
}
