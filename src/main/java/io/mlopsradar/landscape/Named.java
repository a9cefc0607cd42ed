package io.mlopsradar.landscape;

/** Something in the framework that has an id and a display name. */
public interface Named {
    String id();

    String name();
}
