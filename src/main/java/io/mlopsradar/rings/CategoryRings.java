package io.mlopsradar.rings;

import io.mlopsradar.landscape.Category;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Ring;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The categories with the ring of the landscape region at each anchor, in the JSON shape of docs/cli.md. */
public final class CategoryRings {
    private CategoryRings() {
    }

    public static List<Map<String, Object>> list(Framework framework) {
        var regions = new RegionMap(framework);
        return framework.categories().stream().map(c -> map(framework, regions, c)).toList();
    }

    /** The ring of the landscape region at the category's anchor. */
    public static Ring ring(Framework framework, RegionMap regions, Category category) {
        return framework.rings().get(regions.ringAt(category.anchorX(), category.anchorY()));
    }

    private static Map<String, Object> map(Framework f, RegionMap regions, Category c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("quadrant", c.quadrant());
        m.put("x", c.anchorX());
        m.put("y", c.anchorY());
        m.put("ring", ring(f, regions, c).id());
        m.put("description", c.description());
        return m;
    }
}
