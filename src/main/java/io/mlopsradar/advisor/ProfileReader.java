package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.YamlFile;
import java.nio.file.Path;

/**
 * Reads an organisation profile (YAML) and checks it against the framework and the catalogue; every problem is
 * reported with file, line and field, and an unknown tool comes with the closest names.
 */
public final class ProfileReader {
    private final Framework framework;
    private final Catalog catalog;

    public ProfileReader(Framework framework, Catalog catalog) {
        this.framework = framework;
        this.catalog = catalog;
    }

    /** Reads a profile file; throws {@link InvalidInputException} listing every problem found. */
    public Profile read(Path path) {
        return new ProfileCheck(framework, catalog, path.toString()).check(YamlFile.read(path));
    }

    /** Parses profile YAML; throws {@link InvalidInputException} listing every problem found. */
    public Profile parse(String fileName, String text) {
        return new ProfileCheck(framework, catalog, fileName).check(YamlFile.parse(fileName, text));
    }
}
