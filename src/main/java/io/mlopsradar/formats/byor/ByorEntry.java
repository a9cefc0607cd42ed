package io.mlopsradar.formats.byor;

/** One BYOR row as written: every value is text, as in the CSV and JSON files; key is our extra column, which BYOR ignores. */
record ByorEntry(String name, String ring, String quadrant, String isNew, String status, String description, String key) {
}
