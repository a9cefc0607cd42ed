package io.mlopsradar.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import picocli.CommandLine;

/** Makes commands and options for picocli, giving the one clock of a run to those whose constructor takes it. */
final class ClockedFactory implements CommandLine.IFactory {
    private final Clock clock;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    ClockedFactory(Clock clock) {
        this.clock = clock;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withClock;
        try {
            withClock = type.getDeclaredConstructor(Clock.class);
        } catch (NoSuchMethodException e) {
            return fallback.create(type);
        }
        withClock.setAccessible(true);
        try {
            return withClock.newInstance(clock);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
