package io.mlopsradar.drawing;

/** What the layout had to change so that every blip fits, with a sentence a person can read. */
public record Adjustment(Kind kind, String sentence) {

    /** The kinds of change, from none to both. */
    public enum Kind { NONE, SHRANK_BLIPS, GREW_RADAR, SHRANK_BLIPS_AND_GREW_RADAR }

    static Adjustment between(RadarGeometry asked, RadarGeometry used) {
        boolean shrank = used.blipRadius() < asked.blipRadius();
        boolean grew = used.radius() > asked.radius();
        String blips = String.format(java.util.Locale.ROOT, "shrank blips from radius %.1f to %.1f",
                asked.blipRadius(), used.blipRadius());
        String radar = String.format(java.util.Locale.ROOT, "grew the radar from radius %.0f to %.0f",
                asked.radius(), used.radius());
        if (shrank && grew) {
            return new Adjustment(Kind.SHRANK_BLIPS_AND_GREW_RADAR, "Some cells were too full: " + blips
                    + ", then " + radar + ".");
        }
        if (shrank) {
            return new Adjustment(Kind.SHRANK_BLIPS, "Some cells were too full: " + blips + ".");
        }
        if (grew) {
            return new Adjustment(Kind.GREW_RADAR, "Some cells were too full: " + radar + ".");
        }
        return new Adjustment(Kind.NONE, "Every blip fitted at the requested size.");
    }
}
