package io.mlopsradar.cli;

import io.mlopsradar.landscape.Category;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.RegionMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the fifteen categories with their quadrant, anchor and the ring region of the anchor. */
@Command(name = "categories", description = "List the landscape's categories.")
final class CategoriesCommand implements Callable<Integer> {
    @Mixin
    OutputOptions output;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Framework f = Framework.bundled();
        var regions = new RegionMap(f);
        var rows = new ArrayList<Map<String, Object>>();
        for (Category c : f.categories()) {
            var m = new LinkedHashMap<String, Object>();
            m.put("id", c.id());
            m.put("name", c.name());
            m.put("quadrant", c.quadrant());
            m.put("x", c.anchorX());
            m.put("y", c.anchorY());
            m.put("ring", f.rings().get(regions.ringAt(c.anchorX(), c.anchorY())).id());
            m.put("description", c.description());
            rows.add(m);
        }
        Rows.print(output, spec, rows, List.of("id", "name", "quadrant", "x", "y", "ring"));
        return 0;
    }
}
