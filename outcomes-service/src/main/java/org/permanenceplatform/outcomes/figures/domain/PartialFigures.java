package org.permanenceplatform.outcomes.figures.domain;

import org.permanenceplatform.outcomes.disclosure.domain.Figure;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.CrossCut;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Indicator;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorTable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * One indicator's figures for one year, pre-aggregated: for each LA and each combination of the child's values in
 * every dimension (and the indicator's own row, where it has one, such as education's group), a tally of each
 * measure. Any area's figures by any one or two dimensions are read by merging the tallies of its LAs, without
 * going back to the journeys, and equal what the indicator computes from those LAs' journeys directly. A child
 * whose journey changes is taken away with its old journey and added with its new one.
 */
public final class PartialFigures {

    /** The figures of an area by a cut, and for each row the value of each dimension of the cut. */
    public record Rows(IndicatorTable table, Map<String, Map<Dimension, String>> categories) {
    }

    /** What a totalled dimension reads, as EES writes a total. */
    public static final String TOTAL = "Total";

    private record Cell(String template, List<String> labels) {
    }

    private static final class Tally {
        int subjects;
        final Map<String, MeasureTally> measures = new LinkedHashMap<>();
    }

    /** What a reading is of: the cut, the dimensions it totals and the filters. */
    private record ReadingKey(CrossCut cut, Set<Dimension> totalled, Map<Dimension, String> filters) {
    }

    /** How many readings are kept between requests: the views and queries in use, not every one ever asked. */
    static final int READINGS_KEPT = 16;

    private final Indicator indicator;
    private final FinancialYear year;
    private final List<String> measures;
    /** The cells of each LA's children, by LA code: an area's figures read its LAs' cells only. */
    private final Map<String, Map<Cell, Tally>> cells = new HashMap<>();
    /** The readings last asked for, least recently used first, each with what it merged so far. */
    private final Map<ReadingKey, Reading> readings = new LinkedHashMap<>(READINGS_KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ReadingKey, Reading> eldest) {
            return size() > READINGS_KEPT;
        }
    };
    /** Figures built so far in this service, to tell one build from another. */
    private static final AtomicLong BUILT = new AtomicLong();

    /** Which build these figures are, and how many changes have touched them since: together, their edition. */
    private final long build = BUILT.incrementAndGet();
    private long changes;
    /**
     * The wholes of two-way margins worked out so far, by what they were asked for. They depend on which cells there
     * are, so a change adds its cells' rows to each; a row whose cells have all gone may stay, which is harmless:
     * the part's whole follows from the part's own labels, and a table takes a margin's parts only among its rows.
     */
    private final Map<WholesKey, Map<String, String>> wholes = new HashMap<>();

    private record WholesKey(CrossCut cut, Set<Dimension> totalled, Dimension dimension,
                             Map<Dimension, String> filters) {
    }

    private PartialFigures(Indicator indicator, FinancialYear year, List<String> measures) {
        this.indicator = indicator;
        this.year = year;
        this.measures = measures;
    }

    public static PartialFigures of(Indicator indicator, Cohort cohort, FinancialYear year) {
        SubjectMarks marks = new SubjectMarks();
        IndicatorTable table = indicator.compute(cohort, year, marks);
        PartialFigures partial = new PartialFigures(indicator, year, table.measures());
        partial.add(marks, table, 1);
        return partial;
    }

    /** Which figures these are, as of now: equal editions, equal figures. A change makes a new edition. */
    public Edition edition() {
        return new Edition(build, changes);
    }

    /** A build of an indicator's figures for a year, and how many changes it had taken in. */
    public record Edition(long build, long changes) {
    }

    /** The indicator's id. */
    public String indicator() {
        return indicator.definition().id();
    }

    /** Adds ({@code sign} 1) or takes away ({@code sign} -1) what these journeys count for. */
    public void add(Cohort journeys, int sign) {
        SubjectMarks marks = new SubjectMarks();
        add(marks, indicator.compute(journeys, year, marks), sign);
    }

    private void add(SubjectMarks marks, IndicatorTable table, int sign) {
        Map<Cell, String> changed = new HashMap<>();
        table.rows().forEach((row, figures) -> {
            SubjectMarks.Marked marked = marks.read(row);
            Cell cell = new Cell(marked.template(), marked.labels());
            changed.put(cell, marked.label(Dimension.LA));
            Map<Cell, Tally> la = cells.computeIfAbsent(marked.label(Dimension.LA), key -> new HashMap<>());
            Tally tally = la.computeIfAbsent(cell, key -> new Tally());
            tally.subjects += sign;
            figures.forEach((measure, figure) ->
                    tally.measures.computeIfAbsent(measure, key -> new MeasureTally()).add(figure, sign));
            if (tally.subjects == 0) {
                la.remove(cell);
            }
        });
        if (!changed.isEmpty()) {
            readings.values().forEach(reading -> changed.forEach((cell, la) -> reading.forget(la, cell)));
            wholes.forEach((key, partsToWholes) -> changed.keySet().forEach(cell ->
                    addWhole(partsToWholes, cell, key)));
            changes++;
        }
    }

    /**
     * The figures of the children of these LAs, a row per value of the cut (per combination, for two dimensions),
     * as {@link Indicator#compute} gives them; a dimension in {@code totalled} reads {@code Total} for every child,
     * which gives the margins of a two-way table. Only children with each {@code filters} value count.
     */
    public Rows rows(Collection<String> las, CrossCut cut, Set<Dimension> totalled, Map<Dimension, String> filters) {
        return reading(cut, totalled, filters).rows(las);
    }

    /**
     * The figures by a cut for many areas: each LA's cells are merged into that LA's rows once, however many areas
     * (the LA, its region, England) take it in, and an area's rows merge its LAs' rows. What a reading merged is
     * kept for the next request until a child of the LA changes: a change drops that LA's rows and every area's
     * rows that take it in, so the next request merges again only what the change touched.
     */
    public Reading reading(CrossCut cut, Set<Dimension> totalled, Map<Dimension, String> filters) {
        return readings.computeIfAbsent(new ReadingKey(cut, Set.copyOf(totalled), Map.copyOf(filters)),
                key -> new Reading(key.cut(), key.totalled(), key.filters()));
    }

    /**
     * One cut's figures, read area by area; what it merged of an LA and of an area it keeps until they change. A
     * change to a child drops its LA's rows, and marks stale in every wider area that takes the LA in only the rows
     * the child's cells fall in: the next read merges those rows again and keeps the rest, so a region or England
     * merges one or two rows after a change rather than all of them.
     */
    public final class Reading {
        private final CrossCut cut;
        private final Set<Dimension> totalled;
        private final Map<Dimension, String> filters;
        private final Map<String, Map<String, Map<String, MeasureTally>>> byLa = new HashMap<>();
        private final Map<Set<String>, Rows> byArea = new HashMap<>();
        private final Map<Set<String>, Map<String, Map<String, MeasureTally>>> talliesByArea = new HashMap<>();
        /** For an area of several LAs, the rows a change has touched since they were merged. */
        private final Map<Set<String>, Set<String>> staleRows = new HashMap<>();
        private final Map<String, Map<Dimension, String>> categories = new HashMap<>();

        private Reading(CrossCut cut, Set<Dimension> totalled, Map<Dimension, String> filters) {
            this.cut = cut;
            this.totalled = totalled;
            this.filters = filters;
        }

        /** The rows of the area made of these LAs: as merged before, with any rows a change touched merged again. */
        public Rows rows(Collection<String> las) {
            Set<String> area = Set.copyOf(las);
            Rows rows = byArea.get(area);
            if (rows == null) {
                rows = merge(area);
                byArea.put(area, rows);
            } else if (staleRows.containsKey(area)) {
                rows = refresh(area);
            }
            return rows;
        }

        private void forget(String la, Cell cell) {
            byLa.remove(la);
            byArea.remove(Set.of(la));
            if (!matches(cell, filters)) {
                return; // none of this reading's rows counts the cell
            }
            String row = row(cell.template(), cut, label(cell, totalled));
            talliesByArea.keySet().stream().filter(area -> area.contains(la)).forEach(area ->
                    staleRows.computeIfAbsent(area, key -> new HashSet<>()).add(row));
        }

        private Rows merge(Set<String> las) {
            Map<String, Map<String, MeasureTally>> merged = new HashMap<>();
            Map<String, Map<Dimension, String>> seen = new HashMap<>();
            for (Map<String, Map<String, MeasureTally>> part : parts(las)) {
                part.forEach((row, tallies) -> {
                    Map<String, MeasureTally> into = merged.computeIfAbsent(row, key -> new LinkedHashMap<>());
                    tallies.forEach((measure, tally) ->
                            into.computeIfAbsent(measure, key -> new MeasureTally()).add(tally));
                    seen.put(row, categories.get(row));
                });
            }
            Map<String, Map<String, Figure>> rows = new HashMap<>();
            merged.forEach((row, tallies) -> rows.put(row, figures(tallies)));
            if (las.size() > 1) {
                talliesByArea.put(las, merged);
            }
            return rows(rows, seen);
        }

        /** An area's rows with its stale rows merged again from its parts; the other rows as they were. */
        private Rows refresh(Set<String> area) {
            Set<String> stale = staleRows.remove(area);
            Map<String, Map<String, MeasureTally>> tallies = talliesByArea.get(area);
            Rows before = byArea.get(area);
            Map<String, Map<String, Figure>> rows = new HashMap<>(before.table().rows());
            Map<String, Map<Dimension, String>> seen = new HashMap<>(before.categories());
            List<Map<String, Map<String, MeasureTally>>> parts = parts(area);
            for (String row : stale) {
                Map<String, MeasureTally> merged = new LinkedHashMap<>();
                for (Map<String, Map<String, MeasureTally>> part : parts) {
                    part.getOrDefault(row, Map.of()).forEach((measure, tally) ->
                            merged.computeIfAbsent(measure, key -> new MeasureTally()).add(tally));
                }
                if (merged.isEmpty()) {
                    tallies.remove(row);
                    rows.remove(row);
                    seen.remove(row);
                } else {
                    tallies.put(row, merged);
                    rows.put(row, figures(merged));
                    seen.put(row, categories.get(row));
                }
            }
            Rows refreshed = rows(rows, seen);
            byArea.put(area, refreshed);
            return refreshed;
        }

        private Rows rows(Map<String, Map<String, Figure>> rows, Map<String, Map<Dimension, String>> seen) {
            return new Rows(new IndicatorTable(indicator.definition().id(), year, cut, measures,
                    Collections.unmodifiableMap(rows)), Collections.unmodifiableMap(seen));
        }

        private static Map<String, Figure> figures(Map<String, MeasureTally> tallies) {
            Map<String, Figure> figures = new LinkedHashMap<>();
            tallies.forEach((measure, tally) -> figures.put(measure, tally.figure(measure)));
            return figures;
        }

        /**
         * What an area's rows are merged from: the largest areas merged before that lie inside it without
         * overlapping (England takes its nine regions), then each of its LAs left over. A region's tallies have
         * added up their histograms once already, so England adds up nine rather than 153 again.
         */
        private List<Map<String, Map<String, MeasureTally>>> parts(Set<String> las) {
            List<Set<String>> inside = talliesByArea.keySet().stream()
                    .filter(area -> area.size() < las.size() && las.containsAll(area))
                    .sorted(Comparator.comparingInt((Set<String> area) -> area.size()).reversed()).toList();
            Set<String> covered = new HashSet<>();
            List<Map<String, Map<String, MeasureTally>>> parts = new ArrayList<>();
            for (Set<String> area : inside) {
                if (Collections.disjoint(area, covered)) {
                    if (staleRows.containsKey(area)) {
                        refresh(area);
                    }
                    parts.add(talliesByArea.get(area));
                    covered.addAll(area);
                }
            }
            for (String la : las) {
                if (!covered.contains(la)) {
                    parts.add(ofLa(la));
                }
            }
            return parts;
        }

        private Map<String, Map<String, MeasureTally>> ofLa(String la) {
            return byLa.computeIfAbsent(la, code -> {
                Map<String, Map<String, MeasureTally>> merged = new HashMap<>();
                cells.getOrDefault(code, Map.of()).forEach((cell, tally) -> {
                    if (!matches(cell, filters)) {
                        return;
                    }
                    Function<Dimension, String> label = label(cell, totalled);
                    String row = row(cell.template(), cut, label);
                    Map<String, MeasureTally> into = merged.computeIfAbsent(row, key -> new LinkedHashMap<>());
                    tally.measures.forEach((measure, measureTally) ->
                            into.computeIfAbsent(measure, key -> new MeasureTally()).add(measureTally));
                    categories.computeIfAbsent(row, key -> {
                        Map<Dimension, String> values = new LinkedHashMap<>();
                        cut.dimensions().forEach(dimension -> values.put(dimension, label.apply(dimension)));
                        return values;
                    });
                });
                return merged;
            });
        }
    }

    /**
     * For each row of the cut (with {@code totalled} totalled), the row it adds up into once {@code dimension} is
     * totalled too: the parts and wholes of a two-way table's margins. A row that is its own whole (education's
     * groups already name the route) is left out.
     */
    public Map<String, String> wholes(CrossCut cut, Set<Dimension> totalled, Dimension dimension,
                                      Map<Dimension, String> filters) {
        return Collections.unmodifiableMap(wholes.computeIfAbsent(
                new WholesKey(cut, Set.copyOf(totalled), dimension, Map.copyOf(filters)), key -> {
                    Map<String, String> partsToWholes = new HashMap<>();
                    cells.values().forEach(la -> la.keySet().forEach(cell -> addWhole(partsToWholes, cell, key)));
                    return partsToWholes;
                }));
    }

    private static void addWhole(Map<String, String> partsToWholes, Cell cell, WholesKey key) {
        if (!matches(cell, key.filters())) {
            return;
        }
        Set<Dimension> wider = new HashSet<>(key.totalled());
        wider.add(key.dimension());
        String part = row(cell.template(), key.cut(), label(cell, key.totalled()));
        String whole = row(cell.template(), key.cut(), label(cell, wider));
        if (!part.equals(whole)) {
            partsToWholes.put(part, whole);
        }
    }

    private static Function<Dimension, String> label(Cell cell, Set<Dimension> totalled) {
        return dimension -> totalled.contains(dimension) ? TOTAL : cell.labels().get(dimension.ordinal());
    }

    private static boolean matches(Cell cell, Map<Dimension, String> filters) {
        for (Map.Entry<Dimension, String> filter : filters.entrySet()) {
            if (!filter.getValue().equals(cell.labels().get(filter.getKey().ordinal()))) {
                return false;
            }
        }
        return true;
    }

    private static String row(String template, CrossCut cut, Function<Dimension, String> label) {
        int value = template.indexOf(SubjectMarks.VALUE);
        if (value >= 0) {
            return template.substring(0, value) + cut.row(label) + template.substring(value + 1);
        }
        int within = template.indexOf(SubjectMarks.WITHIN);
        return cut.within(template.substring(0, within), label) + template.substring(within + 1);
    }
}
