package io.mlopsradar.editions;

/** A blip that sits on another ring than before, with the ring it came from. */
public record RingChange(Blip blip, String fromRing) {
}
