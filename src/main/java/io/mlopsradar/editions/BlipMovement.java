package io.mlopsradar.editions;

import java.time.LocalDate;

/**
 * A blip's movement on one edition. For REMOVED the blip is the one from the previous edition. previousRing is the
 * ring on the previous edition (or, for RETURNED, on the blip's last appearance); returnedFrom is the date of that last
 * appearance and sinceLastSeen whether it moved in, out or stayed against it (both only for RETURNED).
 */
public record BlipMovement(Blip blip, Movement movement, String previousRing, LocalDate returnedFrom,
                           Movement sinceLastSeen) {

    public String key() {
        return blip.key();
    }

    /** The plain movement a format without a "returned" notion shows: a return counts by its ring change. */
    public Movement simple() {
        return movement == Movement.RETURNED ? sinceLastSeen : movement;
    }
}
