package io.mlopsradar.editions;

/**
 * One entry on one edition of a radar. The key identifies the entry across editions (a catalogue tool id or the
 * slug of the name); the note may be null and holds sanitised HTML or Markdown.
 */
public record Blip(String key, String name, String ring, String segment, String note) {

    public Blip {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("a blip needs a key");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("blip '" + key + "' needs a name");
        if (ring == null || ring.isBlank()) throw new IllegalArgumentException("blip '" + key + "' needs a ring");
        if (segment == null || segment.isBlank()) throw new IllegalArgumentException("blip '" + key + "' needs a segment");
    }

    /** A blip keyed by the slug of its name. */
    public static Blip of(String name, String ring, String segment, String note) {
        return new Blip(BlipKeys.slug(name), name, ring, segment, note);
    }

    public Blip withRing(String newRing) {
        return new Blip(key, name, newRing, segment, note);
    }
}
