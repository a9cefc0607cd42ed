package io.mlopsradar.formats.landscape;

/** How many of a landscape file's items a mapping places on one of our categories, out of all the file's items. */
public record MappingCoverage(int placed, int items) {

    /** A mapping fits a file when it places at least one of its items. */
    public boolean fits() {
        return placed > 0;
    }
}
