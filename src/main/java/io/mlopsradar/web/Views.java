package io.mlopsradar.web;

import io.mlopsradar.editions.HistoryJson.SummaryJson;
import io.mlopsradar.landscape.Named;
import io.mlopsradar.rings.ToolFilter;
import java.util.List;

/** The records the page templates read; built by the routes, holding only what a page shows. */
public final class Views {
    private Views() {
    }

    /** One choice in a filter drop-down. */
    public record Option(String value, String label, boolean selected) {
    }

    /** The filter form: current values and the choices for each. */
    public record FilterForm(ToolFilter filter, String query, List<Option> quadrants, List<Option> categories,
                             List<Option> rings, List<Option> stages, List<Option> deliveries, List<Option> capabilities) {

        public String search() {
            return filter.search() == null ? "" : filter.search();
        }
    }

    /** One tool on a radar or landscape list. */
    public record Row(String id, String name, String quadrant, String ring, String ringId, String category,
                      String movement, String link) {
    }

    /** The radar or landscape page; the edition fields are empty on the landscape. */
    public record PicturePage(String title, String subtitle, FilterForm form, String svg, List<Row> rows,
                              String pictureUrl, String otherView, String otherViewLabel, EditionChoice edition) {
    }

    /** Which radar and edition a radar page shows, the other editions to choose from, and what left the radar. */
    public record EditionChoice(String radar, boolean defaultRadar, List<Option> editions, List<Row> removed,
                                String editionsLink) {

        public static EditionChoice none() {
            return new EditionChoice("", true, List.of(), List.of(), "");
        }
    }

    /** A reason line on the tool page. */
    public record ReasonLine(String rule, String effect, String text) {
    }

    /** A related tool link. */
    public record Link(String href, String label, String note) {
    }

    /** The tool selected on the landscape and the tools related to it. */
    public record Related(Link tool, List<Link> neighbours) {
    }

    /** The tool page. */
    public record ToolPage(String id, String name, String aliases, String descriptionHtml, String category,
                           String categoryId, String quadrant, String x, String y, String ring, String ringId,
                           String computedRing, boolean overridden, String overrideRationale, String confidence,
                           String strategy, List<String> actions, List<ReasonLine> reasons, List<Link> facts,
                           List<Link> links, List<Link> related, String timelineSvg, List<FactRow> evidence,
                           String activity, String activityState, ToolProfileView profile) {
    }

    /** One fact with where and when it was read; {@code sourceHref} is empty when the source is a dataset's name. */
    public record FactRow(String label, String value, String source, String sourceHref, String asOf, boolean stale) {
    }

    /** One edition in a blip's history. */
    public record TimelineRow(String date, String ring, String movement, String noteHtml) {
    }

    /** The page of a blip that is not in the catalogue. */
    public record BlipPage(String key, String name, String radarTitle, String radarLink, String timelineSvg,
                           List<TimelineRow> rows) {
    }

    /** One ring on the rings page, with its tools. */
    public record RingCard(String id, String name, String strategy, List<String> actions, List<Link> tools) {
    }

    /** The home page: how many tools were assessed on which day, a card per ring, and the latest published edition (or null). */
    public record HomePage(int tools, String date, List<RingCard> rings, SummaryJson latest) {
    }

    /** One category on the categories page. */
    public record CategoryCard(String id, String name, String quadrant, String ring, String description, List<Link> tools) {
    }

    /** One quadrant with its categories. */
    public record QuadrantCard(String id, String name, String description, List<CategoryCard> categories) {
    }

    static List<Option> options(List<? extends Named> items, String selected) {
        return items.stream().map(n -> new Option(n.id(), n.name(),
                selected != null && (selected.equalsIgnoreCase(n.id()) || selected.equalsIgnoreCase(n.name())))).toList();
    }
}
