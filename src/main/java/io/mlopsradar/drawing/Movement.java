package io.mlopsradar.drawing;

/** How a blip changed since the previous edition; each value has its own marker shape. */
public enum Movement {
    NEW, MOVED_IN, MOVED_OUT, UNCHANGED
}
