package io.mlopsradar.signals;

import io.mlopsradar.catalog.Tool;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.YamlFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each tool's package name on a registry (catalog/packages.yaml). A name given there wins; {@code none} says the tool
 * has no package there. Without one, PyPI is asked for the repository's name (mlflow/mlflow → mlflow), the usual
 * package name of a Python project; npm is asked only for a name given, since the repository's name there mostly
 * belongs to someone else's package.
 */
public final class PackageNames {
    private static final String RESOURCE = "/catalog/packages.yaml";
    /** The name that says a tool has no package on a registry. */
    public static final String NONE = "none";
    private final Map<String, Map<String, String>> names;

    /** @param names for each tool id, its package name per registry id ({@code pypi}, {@code npm}) */
    public PackageNames(Map<String, Map<String, String>> names) {
        this.names = Map.copyOf(names);
    }

    /** The bundled names. */
    public static PackageNames bundled() {
        try (InputStream in = PackageNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Node root = YamlFile.parse("packages.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            var out = new HashMap<String, Map<String, String>>();
            for (Node entry : root.get("packages").items()) {
                var registries = new HashMap<String, String>();
                entry.fields().forEach((key, value) -> {
                    if (!key.equals("tool") && !key.equals("source")) registries.put(key, value.text());
                });
                out.put(entry.get("tool").text(), registries);
            }
            return new PackageNames(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tools that have a name given on some registry. */
    public java.util.Set<String> tools() {
        return names.keySet();
    }

    /** The PyPI package of a tool: the name given, else its repository's name. */
    public Optional<String> pypi(Tool tool) {
        return given(tool, "pypi").orElseGet(() -> SignalSource.repositoryName(tool));
    }

    /** The npm package of a tool: only a name given. */
    public Optional<String> npm(Tool tool) {
        return given(tool, "npm").orElse(Optional.empty());
    }

    /** Empty when no name is given; else the name, or empty inside for {@code none}. */
    private Optional<Optional<String>> given(Tool tool, String registry) {
        String name = names.getOrDefault(tool.id(), Map.of()).get(registry);
        if (name == null) return Optional.empty();
        return Optional.of(name.equals(NONE) ? Optional.empty() : Optional.of(name));
    }
}
