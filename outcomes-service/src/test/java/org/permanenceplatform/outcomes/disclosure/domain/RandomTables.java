package org.permanenceplatform.outcomes.disclosure.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Small random tables shaped like board views: one or two regions of two to five LAs each, the LAs of a region cut
 * into board groupings of two or three (now and then one LA is left out of any grouping), a region row over its LAs,
 * an England row over the regions, and one to three category columns with, usually, a total column. Counts lean
 * small so that primary and secondary suppression happen often.
 */
final class RandomTables {

    private final Random random;
    private final List<String> las = new ArrayList<>();
    private int groupings;

    RandomTables(long seed) {
        this.random = new Random(seed);
    }

    StatisticsTable next() {
        las.clear();
        int categories = 1 + random.nextInt(3);
        boolean totalColumn = random.nextInt(4) != 0;
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            columns.add("category" + c);
        }
        if (totalColumn) {
            columns.add("total");
        }
        StatisticsTable.Builder table = StatisticsTable.builder(columns);
        if (totalColumn) {
            table.totalColumn("total");
        }
        Map<String, long[]> regions = new LinkedHashMap<>();
        for (int r = 1 + random.nextInt(2); r > 0; r--) {
            String region = "region" + r;
            Map<String, long[]> members = new LinkedHashMap<>();
            for (int l = 2 + random.nextInt(4); l > 0; l--) {
                String la = region + "-la" + l;
                members.put(la, counts(categories, totalColumn));
                table.counts(la, Geography.localAuthority(la), members.get(la));
            }
            groupings(table, region, members);
            regions.put(region, sum(members.values(), columns.size()));
            table.counts(region, Geography.region(region), regions.get(region))
                    .totalRow(region, List.copyOf(members.keySet()));
            las.addAll(members.keySet());
        }
        table.counts("england", Geography.england(), sum(regions.values(), columns.size()))
                .totalRow("england", List.copyOf(regions.keySet()));
        return table.build();
    }

    /** A board, or now and then one of the last table's LAs looking at its own data. */
    Viewer viewer() {
        return random.nextInt(4) == 0 ? Viewer.ownLa(las.get(random.nextInt(las.size()))) : Viewer.beyondOneLa();
    }

    /** How many board groupings the tables so far have had. */
    int groupings() {
        return groupings;
    }

    private void groupings(StatisticsTable.Builder table, String region, Map<String, long[]> members) {
        List<String> codes = List.copyOf(members.keySet());
        int start = 0;
        while (codes.size() - start >= 2) {
            if (codes.size() - start > 2 && random.nextInt(5) == 0) {
                start++; // this LA belongs to no grouping
                continue;
            }
            int size = Math.min(2 + random.nextInt(2), codes.size() - start);
            List<String> grouping = codes.subList(start, start + size);
            String key = region + "-group" + start;
            int width = members.values().iterator().next().length;
            table.counts(key, Geography.grouping(key), sum(grouping.stream().map(members::get).toList(), width))
                    .totalRow(key, List.copyOf(grouping));
            groupings++;
            start += size;
        }
    }

    private long[] counts(int categories, boolean totalColumn) {
        long[] counts = new long[categories + (totalColumn ? 1 : 0)];
        for (int c = 0; c < categories; c++) {
            int kind = random.nextInt(10);
            counts[c] = kind < 2 ? 0 : kind < 6 ? 1 + random.nextInt(5) : 6 + random.nextInt(30);
        }
        if (totalColumn) {
            counts[categories] = Arrays.stream(counts, 0, categories).sum();
        }
        return counts;
    }

    private static long[] sum(java.util.Collection<long[]> rows, int width) {
        long[] total = new long[width];
        rows.forEach(row -> {
            for (int i = 0; i < width; i++) {
                total[i] += row[i];
            }
        });
        return total;
    }
}
