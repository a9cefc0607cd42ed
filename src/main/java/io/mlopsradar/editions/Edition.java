package io.mlopsradar.editions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The state of a radar on one date. Editions are values; the "with" operations return a changed copy and are
 * refused with {@link PublishedEditionException} once the edition is published.
 */
public record Edition(LocalDate date, EditionStatus status, List<Blip> blips) {

    public Edition {
        if (date == null) throw new IllegalArgumentException("an edition needs a date");
        if (status == null) throw new IllegalArgumentException("edition " + date + " needs a status");
        blips = List.copyOf(blips);
        var keys = new HashSet<String>();
        for (Blip b : blips) {
            if (!keys.add(b.key())) throw new IllegalArgumentException("blip '" + b.key() + "' appears twice on edition " + date);
        }
    }

    public static Edition draft(LocalDate date, List<Blip> blips) {
        return new Edition(date, EditionStatus.DRAFT, blips);
    }

    public static Edition published(LocalDate date, List<Blip> blips) {
        return new Edition(date, EditionStatus.PUBLISHED, blips);
    }

    public boolean isPublished() {
        return status == EditionStatus.PUBLISHED;
    }

    public Optional<Blip> blip(String key) {
        return blips.stream().filter(b -> b.key().equals(key)).findFirst();
    }

    public boolean contains(String key) {
        return blip(key).isPresent();
    }

    /** Adds the blip, or replaces the blip with the same key in place. */
    public Edition withBlip(Blip blip) {
        requireDraft("put blip '" + blip.key() + "'");
        var changed = new ArrayList<>(blips);
        int at = indexOf(blip.key());
        if (at >= 0) changed.set(at, blip);
        else changed.add(blip);
        return new Edition(date, status, changed);
    }

    public Edition withoutBlip(String key) {
        requireDraft("remove blip '" + key + "'");
        return new Edition(date, status, blips.stream().filter(b -> !b.key().equals(key)).toList());
    }

    public Edition withBlips(List<Blip> replacement) {
        requireDraft("replace all blips");
        return new Edition(date, status, replacement);
    }

    public Edition withDate(LocalDate newDate) {
        requireDraft("move to " + newDate);
        return new Edition(newDate, status, blips);
    }

    public Edition publish() {
        requireDraft("publish again");
        return new Edition(date, EditionStatus.PUBLISHED, blips);
    }

    private int indexOf(String key) {
        for (int i = 0; i < blips.size(); i++) if (blips.get(i).key().equals(key)) return i;
        return -1;
    }

    private void requireDraft(String attempted) {
        if (isPublished()) throw new PublishedEditionException(date, attempted);
    }
}
