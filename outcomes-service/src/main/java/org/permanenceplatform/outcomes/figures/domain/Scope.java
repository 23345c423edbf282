package org.permanenceplatform.outcomes.figures.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Viewer;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one caller may see of the figures (DOMAIN.md, users and what each may see):
 * <ul>
 *     <li>an LA's own view: its own figures, unsuppressed, beside England's, disclosure-controlled;</li>
 *     <li>a board: its grouping's LAs side by side, the grouping and England, all disclosure-controlled;</li>
 *     <li>the national board: every LA, every region and England, all disclosure-controlled.</li>
 * </ul>
 * A geographic cut (England, region, LA) shows the areas down to that level. Any other cut (route, age band...)
 * splits each area's row; the national board's split stops at the regions ({@code splitDepth}), which keeps a
 * 153-LA-by-category table for a query of its own.
 */
public record Scope(Kind kind, Area home, Viewer viewer, List<Area> areas, List<Nesting> nestings, int splitDepth) {

    public enum Kind { OWN_LA, BOARD, NATIONAL }

    public Scope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(viewer, "viewer");
        areas = List.copyOf(areas);
        nestings = List.copyOf(nestings);
    }

    public static Scope ownLa(Area la, Area england) {
        return new Scope(Kind.OWN_LA, la, Viewer.ownLa(la.geography().code()), List.of(la, england), List.of(), 2);
    }

    public static Scope board(Area grouping, List<Area> members, Area england) {
        List<Area> areas = new ArrayList<>(members);
        areas.add(grouping);
        areas.add(england);
        return new Scope(Kind.BOARD, grouping, Viewer.beyondOneLa(), areas,
                List.of(new Nesting(grouping, members)), 2);
    }

    /** @param regions each region with its LAs, in the order they are to be shown */
    public static Scope national(Area england, Map<Area, List<Area>> regions) {
        List<Area> areas = new ArrayList<>();
        List<Nesting> nestings = new ArrayList<>();
        regions.forEach((region, las) -> {
            areas.addAll(las);
            areas.add(region);
            nestings.add(new Nesting(region, las));
        });
        areas.add(england);
        nestings.add(new Nesting(england, List.copyOf(regions.keySet())));
        return new Scope(Kind.NATIONAL, england, Viewer.beyondOneLa(), areas, nestings, 1);
    }

    public static boolean geographic(Dimension by) {
        return by == Dimension.ENGLAND || by == Dimension.REGION || by == Dimension.LA;
    }

    /** The areas whose figures a table cut by {@code by} shows, in order. */
    public List<Area> areasFor(Dimension by) {
        int depth = depthFor(by);
        return areas.stream().filter(area -> area.depth() <= depth).toList();
    }

    /** The wholes and parts that such a table publishes together. */
    public List<Nesting> nestingsFor(Dimension by) {
        int depth = depthFor(by);
        return nestings.stream().filter(nesting -> nesting.whole().depth() <= depth
                && nesting.parts().stream().allMatch(part -> part.depth() <= depth)).toList();
    }

    private int depthFor(Dimension by) {
        return switch (by) {
            case ENGLAND -> 0;
            case REGION -> 1;
            case LA -> 2;
            default -> splitDepth;
        };
    }
}
