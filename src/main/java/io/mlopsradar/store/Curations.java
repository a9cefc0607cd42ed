package io.mlopsradar.store;

import io.mlopsradar.audit.Actor;
import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.CuratorOverride;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import java.time.Clock;
import java.util.NoSuchElementException;

/**
 * A curator's ring and rationale for a tool, set or cleared against the version the curator read (a change made
 * meanwhile is refused, never overwritten), each with its audit entry in the same transaction. The command line and
 * the web app both curate through here.
 */
public final class Curations {
    /** The longest rationale kept; a rationale is Markdown shown on the tool's page. */
    public static final int MAX_RATIONALE = 4000;
    private final org.jdbi.v3.core.Jdbi jdbi;
    private final ToolRepository tools;
    private final Framework framework;
    private final Clock clock;

    public Curations(Database database, Framework framework, Clock clock) {
        this.jdbi = database.jdbi();
        this.tools = new ToolRepository(jdbi, clock);
        this.framework = framework;
        this.clock = clock;
    }

    /**
     * The decision a curator asks for: a ring and a rationale, or none when clearing. Values that do not fit are an
     * {@link IllegalArgumentException} naming the field.
     */
    public CuratorOverride decision(String ring, String rationale, boolean clear) {
        if (clear) {
            if (ring != null || rationale != null) throw new IllegalArgumentException("clearing takes neither a ring nor a rationale");
            return null;
        }
        if (ring == null || rationale == null || rationale.isBlank()) {
            throw new IllegalArgumentException("give a ring and a rationale (or clear the curator's decision)");
        }
        if (rationale.strip().length() > MAX_RATIONALE) {
            throw new IllegalArgumentException("a rationale is at most " + MAX_RATIONALE + " characters");
        }
        try {
            return new CuratorOverride(framework.ring(ring.strip()).id(), rationale.strip());
        } catch (NoSuchElementException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }

    /** The stored tool named by id, name or alias (any case), with the version a decision must name. */
    public ToolRepository.Stored current(String tool) {
        Tool found = new Catalog(tools.all()).get(tool);
        return tools.find(found.id()).orElseThrow();
    }

    /**
     * Puts the decision (null: clears it) on the tool if nobody changed the tool since {@code expectedVersion};
     * otherwise {@link ConcurrentEditException} and nothing changes.
     */
    public ToolRepository.Stored decide(Actor actor, String toolId, CuratorOverride decision, int expectedVersion) {
        return Changes.inWriteTransaction(jdbi, h -> {
            Tool before = ToolRepository.find(h, toolId).orElseThrow(() -> new NoSuchElementException("no tool '" + toolId + "'")).tool();
            Tool after = before.withOverride(decision);
            int version = ToolRepository.update(h, clock, after, expectedVersion);
            AuditLog.append(h, clock, actor, decision == null ? "tool.curation-clear" : "tool.curation", "tool:" + toolId,
                    before.override(), decision);
            return new ToolRepository.Stored(after, version);
        });
    }
}
