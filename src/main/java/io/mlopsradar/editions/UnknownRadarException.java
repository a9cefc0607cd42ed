package io.mlopsradar.editions;

import java.util.Collection;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/** No stored radar has the name asked for; the message lists the names there are. */
public final class UnknownRadarException extends NoSuchElementException {

    public UnknownRadarException(String name, Collection<Radar> known) {
        super("no radar '" + name + "'; known: " + known.stream().map(Radar::name).collect(Collectors.joining(", ")));
    }
}
