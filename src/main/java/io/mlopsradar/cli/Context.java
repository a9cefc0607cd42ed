package io.mlopsradar.cli;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.rings.RingContext;
import java.time.Year;

/** What most commands start from: the bundled framework and catalogue, assessed this year. */
final class Context {
    private Context() {
    }

    static RadarOfCatalog radar() {
        return new RadarOfCatalog(Framework.bundled(), Catalog.bundled(), RingContext.global(Year.now().getValue()));
    }
}
