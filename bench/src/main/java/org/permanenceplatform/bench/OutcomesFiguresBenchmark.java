package org.permanenceplatform.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.permanenceplatform.generator.Generator;
import org.permanenceplatform.generator.Settings;
import org.permanenceplatform.generator.ncpd.ChildKeys;
import org.permanenceplatform.generator.store.OutcomesBulkLoad;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.outcomes.OutcomesServiceApplication;
import org.permanenceplatform.outcomes.figures.PublishedFigures;
import org.permanenceplatform.store.EmbeddedStore;
import org.permanenceplatform.store.StoreOptions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the outcomes board costs on a national dataset: bulk-loads {@code --years} national years of generated
 * journeys (ten by default, about half a million) into an embedded store, starts outcomes-service against it in
 * this JVM, and times the figures a board asks for, through the same {@code PublishedFigures} path as
 * {@code GET /api/outcomes/figures} (scope, query, cohort read, indicator, disclosure control), by LA, region and
 * route, for a national and a regional board member. Warm-up rounds first; then p50 and p95 a query, printed as a
 * table. A main program, not a JMH benchmark: loading takes minutes, and each query is long enough to time alone.
 * Run by hand (docs/benchmarks.md); never part of the test suite.
 * <p>{@code OutcomesFiguresBenchmark [--years 10] [--warmup 2] [--rounds 10] [--indicators permanence_achieved,...]
 * [--la 840,841]} ({@code --la}: only those LAs, for a quick check that it runs).
 */
public final class OutcomesFiguresBenchmark {

    private static final CurrentUser NATIONAL_BOARD = new CurrentUser("bench:national-board",
            Set.of(Role.NATIONAL_BOARD), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Set.of());
    private static final CurrentUser NORTH_EAST_BOARD = new CurrentUser("bench:regional-board",
            Set.of(Role.REGIONAL_BOARD), Optional.empty(), Optional.of("E12000001"), Optional.empty(), Set.of(),
            Set.of());

    private OutcomesFiguresBenchmark() {
    }

    private record Query(String who, CurrentUser user, String indicator, String by) {
    }

    public static void main(String[] args) throws IOException {
        int years = Integer.parseInt(option(args, "--years", "10"));
        int warmup = Integer.parseInt(option(args, "--warmup", "2"));
        int rounds = Integer.parseInt(option(args, "--rounds", "10"));
        List<String> indicators = Arrays.asList(option(args, "--indicators",
                "permanence_achieved,placement_moves_3plus,adoption_a10").split(","));
        Path data = Files.createTempDirectory("outcomes-figures-bench");
        try (EmbeddedStore store = EmbeddedStore.start(StoreOptions.defaults().withPort(0).withDataDirectory(data))) {
            String uri = store.connectionString("outcomes");
            long loadStarted = System.nanoTime();
            long journeys;
            try (MongoClient client = MongoClients.create(uri);
                 OutcomesBulkLoad load = new OutcomesBulkLoad(client.getDatabase("outcomes"),
                         new ChildKeys(ChildKeys.SYNTHETIC_SECRET))) {
                String las = option(args, "--la", "");
                Settings england = Settings.england(20250331L, 2025, years);
                Generator.generate(las.isEmpty() ? england : new Settings(england.seed(), england.lastYear(), years,
                        england.asOf(), Arrays.asList(las.split(","))), load);
                load.close();
                journeys = load.loaded();
            }
            System.out.printf("generated and bulk-loaded %,d journeys (%d national years) in %,d s%n", journeys,
                    years, seconds(loadStarted));
            try (ConfigurableApplicationContext outcomes = start(uri)) {
                measure(outcomes.getBean(PublishedFigures.class), queries(indicators), warmup, rounds);
            }
        }
    }

    private static List<Query> queries(List<String> indicators) {
        List<Query> queries = new ArrayList<>();
        for (String indicator : indicators) {
            for (String by : List.of("la", "region", "route")) {
                queries.add(new Query("national board", NATIONAL_BOARD, indicator, by));
            }
            queries.add(new Query("regional board", NORTH_EAST_BOARD, indicator, "la"));
        }
        return queries;
    }

    private static void measure(PublishedFigures figures, List<Query> queries, int warmup, int rounds) {
        for (int i = 0; i < warmup; i++) {
            queries.forEach(query -> figures.forCaller(query.user(), query.indicator(), "2024-25", query.by()));
        }
        System.out.printf("%n%-16s %-26s %-8s %10s %10s%n", "caller", "indicator", "by", "p50 ms", "p95 ms");
        for (Query query : queries) {
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                long started = System.nanoTime();
                figures.forCaller(query.user(), query.indicator(), "2024-25", query.by());
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
            Collections.sort(millis);
            System.out.printf("%-16s %-26s %-8s %,10d %,10d%n", query.who(), query.indicator(), query.by(),
                    percentile(millis, 50), percentile(millis, 95));
        }
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static ConfigurableApplicationContext start(String mongoUri) {
        // As command-line arguments, which win over the service's application.yml (default properties do not).
        return new SpringApplicationBuilder(OutcomesServiceApplication.class).run(
                "--spring.mongodb.uri=" + mongoUri,
                "--server.port=0",
                "--management.server.port=0",
                "--platform.events.relay.enabled=false",
                "--platform.pseudonymisation.key=" + ChildKeys.SYNTHETIC_SECRET);
    }

    private static long seconds(long since) {
        return (System.nanoTime() - since) / 1_000_000_000L;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
