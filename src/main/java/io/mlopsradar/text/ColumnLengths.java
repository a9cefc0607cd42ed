package io.mlopsradar.text;

/**
 * The most characters each stored text column holds, named after its table and column. Input is checked against these
 * where it is read, before any database sees it, so every engine (SQLite enforces no VARCHAR length) refuses alike.
 */
public final class ColumnLengths {
    public static final int RADAR_NAME = 100;
    public static final int RADAR_TITLE = 300;
    public static final int BLIP_KEY = 200;
    public static final int BLIP_NAME = 300;
    public static final int BLIP_RING = 100;
    public static final int BLIP_SEGMENT = 100;
    public static final int TOOL_ID = 100;
    public static final int TOOL_NAME = 300;
    public static final int SNAPSHOT_SOURCE = 500;

    private ColumnLengths() {
    }

    /** Null when the value fits, else the reason it does not. */
    public static String tooLong(String value, int max) {
        if (value == null || value.length() <= max) return null;
        return "is " + value.length() + " characters long; at most " + max + " fit";
    }
}
