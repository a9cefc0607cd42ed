package io.mlopsradar.web;

import java.util.List;

/** The records the curation page reads. */
public final class CurationViews {
    private CurationViews() {
    }

    /** One ring the curator may choose, and whether the form shows it chosen. */
    public record RingChoice(String id, String name, boolean chosen) {
    }

    /**
     * A tool's curation: the ring shown now, the ring the policy computes and its reasons, the curator's decision (its
     * rationale as sanitised HTML), and the form with the version it was read at.
     */
    public record CurationPage(String id, String name, String ring, String computedRing, List<String> reasons, boolean curated,
                               String curatorRing, String rationaleHtml, List<RingChoice> rings, String rationale, int version,
                               String error, String csrf, String user) {
    }
}
