package io.mlopsradar.drawing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Places blips on a radar so that none overlap, none touch a ring circle or segment line, and the result depends
 * only on the set of blips: each cell has a fixed list of candidate slots and every blip, in id order, takes the
 * slot its id hashes to or the next free one. Adding or removing a blip therefore leaves other cells untouched and
 * moves at most the few blips that probed past it. When a cell is too full the blips shrink down to the legible
 * minimum, then the radar grows up to its maximum; past that a {@link LayoutOverflowException} names the cell.
 */
public final class BlipLayout {

    private static final double SHRINK_STEP = 0.9;
    private static final double GROW_STEP = 1.05;

    private BlipLayout() {
    }

    /** Lays out the blips on the given radar. */
    public static Layout layout(List<Blip> blips, RadarGeometry asked) {
        Map<Cell, List<String>> cells = byCell(blips, asked);
        RadarGeometry used = fittingGeometry(cells, asked);
        Map<String, Point> positions = new HashMap<>();
        cells.forEach((cell, ids) -> assign(ids, CellSlots.of(on(cell, used)), positions));
        return new Layout(positions, used, Adjustment.between(asked, used));
    }

    private static Map<Cell, List<String>> byCell(List<Blip> blips, RadarGeometry g) {
        Map<Cell, List<String>> cells = new TreeMap<>((a, b) -> a.segment() != b.segment()
                ? Integer.compare(a.segment(), b.segment()) : Integer.compare(a.ring(), b.ring()));
        Set<String> seen = new HashSet<>();
        for (Blip blip : blips) {
            if (blip.segment() < 0 || blip.segment() >= g.segments() || blip.ring() < 0 || blip.ring() >= g.rings()) {
                throw new IllegalArgumentException("Blip " + blip.id() + " is in segment " + blip.segment()
                        + ", ring " + blip.ring() + ", outside a radar of " + g.segments() + " segments and "
                        + g.rings() + " rings");
            }
            if (!seen.add(blip.id())) {
                throw new IllegalArgumentException("Blip id " + blip.id() + " appears twice");
            }
            cells.computeIfAbsent(new Cell(blip.segment(), blip.ring(), g), c -> new ArrayList<>()).add(blip.id());
        }
        cells.values().forEach(ids -> ids.sort(null));
        return cells;
    }

    private static RadarGeometry fittingGeometry(Map<Cell, List<String>> cells, RadarGeometry asked) {
        for (RadarGeometry candidate : candidates(asked)) {
            if (overfullCell(cells, candidate) == null) {
                return candidate;
            }
        }
        RadarGeometry largest = largest(asked);
        Cell full = overfullCell(cells, largest);
        throw new LayoutOverflowException(full.segment(), full.ring(), cells.get(full).size(),
                CellSlots.of(on(full, largest)).size(), largest);
    }

    /** The geometries to try, in order: as asked, smaller blips down to the minimum, then a growing radar. */
    private static List<RadarGeometry> candidates(RadarGeometry asked) {
        List<RadarGeometry> list = new ArrayList<>();
        list.add(asked);
        double blip = asked.blipRadius();
        while (blip > asked.minBlipRadius()) {
            blip = Math.max(asked.minBlipRadius(), blip * SHRINK_STEP);
            list.add(asked.with(asked.radius(), blip));
        }
        double radius = asked.radius();
        double maxRadius = asked.radius() * asked.maxGrowth();
        while (radius < maxRadius) {
            radius = Math.min(maxRadius, radius * GROW_STEP);
            list.add(asked.with(Math.rint(radius), blip));
        }
        return list;
    }

    private static RadarGeometry largest(RadarGeometry asked) {
        List<RadarGeometry> all = candidates(asked);
        return all.get(all.size() - 1);
    }

    private static Cell overfullCell(Map<Cell, List<String>> cells, RadarGeometry g) {
        for (Map.Entry<Cell, List<String>> e : cells.entrySet()) {
            if (CellSlots.of(on(e.getKey(), g)).size() < e.getValue().size()) {
                return e.getKey();
            }
        }
        return null;
    }

    private static Cell on(Cell cell, RadarGeometry g) {
        return new Cell(cell.segment(), cell.ring(), g);
    }

    private static void assign(List<String> sortedIds, List<Point> slots, Map<String, Point> positions) {
        boolean[] taken = new boolean[slots.size()];
        for (String id : sortedIds) {
            int slot = (int) Math.floorMod(StableHash.of(id), (long) slots.size());
            while (taken[slot]) {
                slot = (slot + 1) % slots.size();
            }
            taken[slot] = true;
            positions.put(id, slots.get(slot));
        }
    }
}
