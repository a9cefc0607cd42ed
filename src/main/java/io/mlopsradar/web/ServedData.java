package io.mlopsradar.web;

import io.mlopsradar.drawing.PngExport;

import io.mlopsradar.catalog.Relations;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.rings.RadarOfCatalog;
import io.mlopsradar.rings.RingContext;
import io.mlopsradar.store.Database;
import io.mlopsradar.editions.History;
import io.mlopsradar.store.RadarRepository;
import io.mlopsradar.store.ToolRepository;
import java.time.Clock;
import java.time.Period;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.FactSheet;
import io.mlopsradar.catalog.Signals;
import io.mlopsradar.catalog.Tool;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the web app serves from: the database and the framework, with the assessed catalogue cached until the
 * stored tools change (another process, such as an import, may change them at any time).
 */
public final class ServedData {
    /** What the rendered pictures, pages and bodies may hold (in characters), and the PNGs (in bytes). */
    static final long TEXT_BUDGET = 24L << 20;
    static final long PNG_BUDGET = 16L << 20;
    /** The most pixels a served PNG has: its raster (4 bytes a pixel) is the largest single allocation of a render. */
    static final long PNG_PIXELS = 6_000_000;

    private final Database database;
    private final Framework framework;
    private final Supplier<Relations> relations;
    private final Clock clock;
    private final ToolRepository tools;
    private final RadarRepository radars;
    private final Map<String, History> histories = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Cached cached;
    private final RenderCache<String> rendered = new RenderCache<>(TEXT_BUDGET, String::length);
    private final RenderCache<byte[]> pngs = new RenderCache<>(PNG_BUDGET, b -> b.length);

    private record Cached(String stamp, RadarOfCatalog radar, Signals signals) {
    }

    private final Period staleAfter;

    public ServedData(Database database, Framework framework, Relations relations, Clock clock) {
        this(database, framework, relations, clock, FactSheet.DEFAULT_STALE_AFTER);
    }

    /** A site that marks facts read longer ago than {@code staleAfter} as stale. */
    public ServedData(Database database, Framework framework, Relations relations, Clock clock, Period staleAfter) {
        this(database, framework, () -> relations, clock, staleAfter);
    }

    /**
     * A site whose relations are read on first use (give one that keeps what it read, such as
     * {@code Relations::bundled}): reading the bundled ones parses the bundled catalogue to check their tool ids, which
     * a server need not wait for before it answers its first request.
     */
    public ServedData(Database database, Framework framework, Supplier<Relations> relations, Clock clock, Period staleAfter) {
        this.relations = relations;
        this.staleAfter = staleAfter;
        this.database = database;
        this.framework = framework;
        this.clock = clock;
        this.tools = new ToolRepository(database.jdbi());
        this.radars = new RadarRepository(database.jdbi());
    }

    /** How the tools relate to each other (alternatives, complements), as served on tool pages and the API. */
    public Relations relations() {
        return relations.get();
    }

    public RadarRepository radars() {
        return radars;
    }

    /** A radar's history, read once per change of the stored radars. */
    public Optional<History> history(String name) {
        String key = stamp() + "|" + name.toLowerCase(java.util.Locale.ROOT);
        History cached = histories.get(key);
        if (cached != null) return Optional.of(cached);
        Optional<History> read = radars.history(name);
        read.ifPresent(h -> {
            if (histories.size() > 32) histories.clear();
            histories.put(key, h);
        });
        return read;
    }

    public Database database() {
        return database;
    }

    public Framework framework() {
        return framework;
    }

    public ToolRepository tools() {
        return tools;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * A stamp that changes whenever the stored data changes (the database's change counter, bumped by every write
     * from any process) or the year the rings are assessed in; every cache and ETag is keyed on it.
     */
    public String stamp() {
        return database.changes() + "-" + today().getYear();
    }

    /** Every stored tool, assessed by the ring policy for this year. */
    public RadarOfCatalog radar() {
        return current().radar();
    }

    private Cached current() {
        String stamp = stamp();
        Cached c = cached;
        if (c != null && c.stamp().equals(stamp)) return c; // the stamp holds the year too
        synchronized (this) { // one assessment for a burst of requests, not one each
            c = cached;
            if (c == null || !c.stamp().equals(stamp)) {
                Catalog catalog = tools.catalog();
                c = new Cached(stamp, new RadarOfCatalog(framework, catalog, RingContext.on(today())), catalog.signals());
                cached = c;
            }
            return c;
        }
    }

    /** The stored signal snapshots, a history per tool. */
    public Signals signals() {
        return current().signals();
    }

    /** A tool's facts with their sources, dates and staleness, as of today. */
    public FactSheet factSheet(Tool tool) {
        return FactSheet.of(tool, signals(), today(), staleAfter);
    }

    /** A picture as PNG, at least this wide; drawing one takes Batik a while, so each is drawn once. */
    public byte[] png(String svg, float width) {
        String key = stamp() + "|" + width + "|" + svg.length() + "|" + svg.hashCode();
        return pngs.get(key, () -> PngExport.toPngWithin(svg, width, PNG_PIXELS));
    }

    /** The bytes of PNG pictures the cache holds now. */
    long cachedPngBytes() {
        return pngs.weight();
    }

    /** A rendered picture or response body, cached by its key (which must include the data stamp). */
    public String cached(String key, Supplier<String> render) {
        return rendered.get(key, render);
    }
}
