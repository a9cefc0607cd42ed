package io.mlopsradar.landscape;

/** The two interlocking loops of the ML lifecycle. */
public enum Loop {
    SOFTWARE, MODEL
}
