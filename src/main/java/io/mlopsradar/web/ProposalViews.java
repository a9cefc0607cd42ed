package io.mlopsradar.web;

import io.mlopsradar.proposals.Proposal;
import io.mlopsradar.proposals.Tally;
import java.util.List;

/** The records the proposal, proposals and draft pages read. */
public final class ProposalViews {
    private ProposalViews() {
    }

    /** One proposal in a radar's list. */
    public record Line(long id, String summary, String author, String status, int inFavour, int against, String href) {
    }

    /** A radar's proposals, open first, and whether the viewer may propose. */
    public record ListPage(String radar, String title, List<Line> open, List<Line> decided, boolean canPropose, boolean canCurate,
                           String user) {
    }

    /** The catalogue's facts about the proposal's tool, with the policy's ring and reasons beside the proposed ring. */
    public record Facts(String name, String description, String license, String delivery, String category, String computedRing,
                        String shownRing, String confidence, List<String> reasons, String href) {
    }

    /** One comment, its Markdown already sanitised to HTML. */
    public record CommentView(String author, String at, String html) {
    }

    /** A proposal with its discussion, votes and the forms the viewer may use. */
    public record Page(String radar, String title, Proposal proposal, String rationaleHtml, String decisionHtml, String currentRing,
                       Facts facts, List<CommentView> comments, Tally tally, boolean canDiscuss, boolean canDecide,
                       String csrf, String user) {
    }

    /** The form to propose a change, with the radar's rings, segments and current blips to choose from. */
    public record NewPage(String radar, String title, List<String> rings, List<String> segments, List<String> blips,
                          String tool, String kind, String error, String csrf, String user) {
    }

    /** The next draft edition against the last published one, with the form to publish it. */
    public record DraftPage(String radar, String title, String date, int version, String publishedDate,
                            EditionViews.ComparePage changes, String pictureHref, boolean canPublish, String csrf, String user) {
    }
}
