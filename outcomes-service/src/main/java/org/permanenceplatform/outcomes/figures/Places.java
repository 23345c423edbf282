package org.permanenceplatform.outcomes.figures;

import org.permanenceplatform.kit.reference.LocalAuthorities;
import org.permanenceplatform.kit.reference.LocalAuthority;
import org.permanenceplatform.outcomes.disclosure.domain.Geography;
import org.permanenceplatform.outcomes.figures.domain.Area;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * England, its 9 DfE regions and 153 LAs from the LA reference list (service-kit), and the board groupings: every
 * region, and each grouping configured in {@link BoardGroupingSettings}, checked when the service starts.
 */
@Component
public class Places {

    /** A board grouping with its member LAs, in name order. */
    public record BoardGrouping(Area area, List<Area> members) {
    }

    private final Area england;
    private final Map<String, Area> las = new LinkedHashMap<>();
    private final Map<Area, List<Area>> regions = new LinkedHashMap<>();
    private final Map<String, BoardGrouping> groupings = new LinkedHashMap<>();

    public Places(BoardGroupingSettings settings) {
        List<LocalAuthority> all = LocalAuthorities.england().all().stream()
                .sorted(Comparator.comparing(LocalAuthority::name)).toList();
        all.forEach(la -> las.put(la.code(), Area.localAuthority(la.code(), la.name())));
        this.england = new Area(Geography.england(), "England", las.keySet());
        Map<String, List<LocalAuthority>> byRegion = all.stream().collect(Collectors.groupingBy(
                LocalAuthority::regionCode, TreeMap::new, Collectors.toList()));
        byRegion.forEach((code, members) -> {
            Area region = new Area(Geography.region(code), members.get(0).regionName(),
                    members.stream().map(LocalAuthority::code).collect(Collectors.toSet()));
            List<Area> memberAreas = members.stream().map(la -> las.get(la.code())).toList();
            regions.put(region, memberAreas);
            groupings.put(code, new BoardGrouping(region, memberAreas));
        });
        settings.boardGroupings().forEach(this::configure);
    }

    private void configure(BoardGroupingSettings.Grouping grouping) {
        if (groupings.containsKey(grouping.id())) {
            throw new IllegalStateException("platform.outcomes.board-groupings: " + grouping.id()
                    + " is already a region or another grouping");
        }
        Set<String> codes = new HashSet<>();
        for (String code : grouping.las()) {
            if (!las.containsKey(code) || !codes.add(code)) {
                throw new IllegalStateException("platform.outcomes.board-groupings: " + grouping.id()
                        + " names LA " + code + " that is not a known LA or is named twice");
            }
        }
        List<Area> members = grouping.las().stream().map(las::get)
                .sorted(Comparator.comparing(Area::name)).toList();
        groupings.put(grouping.id(), new BoardGrouping(new Area(Geography.grouping(grouping.id()), grouping.name(),
                codes), members));
    }

    public Area england() {
        return england;
    }

    public Optional<Area> la(String code) {
        return Optional.ofNullable(code).map(las::get);
    }

    /** The 9 regions in ONS code order, each with its LAs in name order. */
    public Map<Area, List<Area>> regions() {
        return regions;
    }

    /** A region by its ONS code, or a configured grouping by its id. */
    public Optional<BoardGrouping> boardGrouping(String id) {
        return Optional.ofNullable(id).map(groupings::get);
    }
}
