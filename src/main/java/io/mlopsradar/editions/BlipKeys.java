package io.mlopsradar.editions;

import java.text.Normalizer;
import java.util.Locale;

/** Derives stable blip keys from names. */
public final class BlipKeys {
    private BlipKeys() {
    }

    /** Lowercase, accents dropped, every run of other characters turned into one '-', no '-' at either end. */
    public static String slug(String name) {
        if (name == null) return "";
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
