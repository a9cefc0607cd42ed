package io.mlopsradar.catalog;

import io.mlopsradar.input.Node;
import io.mlopsradar.input.YamlFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which landscape categories are plausible for each capability (catalog/category-fit.yaml). */
public final class CategoryFit {
    private static final String RESOURCE = "/catalog/category-fit.yaml";
    private final Map<String, List<String>> fit;

    public CategoryFit(Map<String, List<String>> fit) {
        this.fit = Map.copyOf(fit);
    }

    /** The bundled table. */
    public static CategoryFit bundled() {
        try (InputStream in = CategoryFit.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            Node root = YamlFile.parse("category-fit.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            var out = new LinkedHashMap<String, List<String>>();
            root.get("fit").fields().forEach((capability, categories) -> out.put(capability, categories.texts()));
            return new CategoryFit(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when a tool hired for the capability may sit in the category; a capability the table does not know fits anywhere. */
    public boolean fits(String capability, String category) {
        List<String> categories = fit.get(capability);
        return categories == null || categories.contains(category);
    }

    /** The categories listed for a capability. */
    public List<String> categoriesFor(String capability) {
        return fit.getOrDefault(capability, List.of());
    }

    /** The capabilities the table covers. */
    public java.util.Set<String> capabilities() {
        return fit.keySet();
    }
}
