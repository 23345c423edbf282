package org.permanenceplatform.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.permanenceplatform.generator.Generator;
import org.permanenceplatform.generator.Settings;
import org.permanenceplatform.generator.ncpd.ChildKeys;
import org.permanenceplatform.generator.store.OutcomesBulkLoad;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.outcomes.OutcomesServiceApplication;
import org.permanenceplatform.outcomes.dataset.JourneyStore;
import org.permanenceplatform.outcomes.disclosure.domain.Symbol;
import org.permanenceplatform.outcomes.figures.PreAggregatedFigures;
import org.permanenceplatform.outcomes.figures.PublishedFigures;
import org.permanenceplatform.outcomes.figures.domain.FigureTable;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.Indicator;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.permanenceplatform.store.EmbeddedStore;
import org.permanenceplatform.store.StoreOptions;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * What the outcomes board costs on a national dataset: bulk-loads {@code --years} national years of generated
 * journeys (ten by default, about half a million) into an embedded store, starts outcomes-service against it in
 * this JVM, and times the figures each view asks for, through the same {@code PublishedFigures} path as
 * {@code GET /api/outcomes/figures} (scope, query, pre-aggregated figures, disclosure control): an LA's dashboard
 * (its LA and England), a regional board by LA, and the national board by LA, by region, by route, by region and sex,
 * and by region for girls only. Warm-up rounds first; then each query timed still and live (see {@code measure}),
 * printed as a table beside the rows of the published table and how many of its cells show a figure rather than a
 * symbol, so that an empty table cannot pass for a fast one. A main program, not a JMH benchmark: loading takes
 * minutes, and each query is long enough to time alone. Run by hand (docs/benchmarks.md); never part of the test
 * suite.
 * <p>{@code OutcomesFiguresBenchmark [--years 10] [--warmup 3] [--rounds 30] [--indicators all|permanence_achieved,...]
 * [--period 2024-25] [--la 840,841] [--data DIR] [--store embedded|memory|process] [--store-heap 10g]
 * [--over process|http]}
 * ({@code --period}: the financial year asked for;
 * {@code --la}: only those LAs, for a quick check that it runs; {@code --data}: keep the store there, and on a later
 * run with the same directory time it again without loading).
 */
public final class OutcomesFiguresBenchmark {

    private static final CurrentUser NATIONAL_BOARD = new CurrentUser("bench:national-board",
            Set.of(Role.NATIONAL_BOARD), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Set.of());
    private static final CurrentUser NORTH_EAST_BOARD = new CurrentUser("bench:regional-board",
            Set.of(Role.REGIONAL_BOARD), Optional.empty(), Optional.of("E12000001"), Optional.empty(), Set.of(),
            Set.of());
    private static final CurrentUser DARLINGTON_MANAGER = new CurrentUser("bench:la-team-manager",
            Set.of(Role.TEAM_MANAGER), Optional.of("841"), Optional.empty(), Optional.empty(), Set.of(), Set.of());
    private static final String LOADED = "loaded-journeys.txt";

    private OutcomesFiguresBenchmark() {
    }

    private record Query(String view, CurrentUser user, String indicator, String period, String by,
                         List<String> filter) {
    }

    public static void main(String[] args) throws IOException {
        int years = Integer.parseInt(option(args, "--years", "10"));
        int warmup = Integer.parseInt(option(args, "--warmup", "3"));
        int rounds = Integer.parseInt(option(args, "--rounds", "30"));
        String chosen = option(args, "--indicators", "all");
        String period = option(args, "--period", "2024-25");
        String kept = option(args, "--data", "");
        String storeKind = option(args, "--store", "embedded");
        boolean overHttp = option(args, "--over", "process").equals("http");
        boolean inMemory = !storeKind.equals("embedded");
        Path data = kept.isEmpty() ? Files.createTempDirectory("outcomes-figures-bench") : Path.of(kept);
        Files.createDirectories(data);
        try (Store store = switch (storeKind) {
            case "memory" -> Store.inMemory();
            case "process" -> Store.inProcess(option(args, "--store-heap", "10g"));
            default -> Store.embedded(data);
        }) {
            String uri = store.uri();
            Path loaded = data.resolve(LOADED);
            if (!inMemory && Files.exists(loaded)) {
                System.out.printf("reusing the store in %s: %s%n", data, Files.readString(loaded).strip());
            } else {
                load(args, years, uri, loaded);
            }
            long before = heapUsedMiB();
            long started = System.nanoTime();
            try (ConfigurableApplicationContext outcomes = start(uri)) {
                long after = heapUsedMiB();
                System.out.printf("outcomes-service started (cache built) in %,d s; heap after a full GC %,d MiB,"
                        + " of which outcomes-service %,d MiB (max %,d MiB)%n", seconds(started), after,
                        after - before, Runtime.getRuntime().maxMemory() >> 20);
                List<String> indicators = chosen.equals("all")
                        ? outcomes.getBean(IndicatorCatalogue.class).indicators().stream()
                        .map(indicator -> indicator.definition().id()).toList()
                        : Arrays.asList(chosen.split(","));
                LiveChanges live;
                try (MongoClient client = MongoClients.create(uri)) {
                    live = new LiveChanges(client.getDatabase("outcomes"), outcomes.getBean(JourneyStore.class),
                            outcomes.getBean(PreAggregatedFigures.class), FinancialYear.parse(period));
                    System.out.printf("a live change is drawn from the %,d children in care during %s%n",
                            live.children(), period);
                    PublishedFigures figures = outcomes.getBean(PublishedFigures.class);
                    Asking asking = overHttp
                            ? http(figures, new HttpFigures(((WebServerApplicationContext) outcomes).getWebServer()
                            .getPort(), outcomes.getBean(MeterRegistry.class)))
                            : inProcess(figures);
                    System.out.printf("requests %s%n", overHttp
                            ? "over HTTP: GET /api/outcomes/figures with a token, the whole JSON answer read"
                            : "in process, through PublishedFigures (no HTTP, no JSON)");
                    measure(figures, outcomes.getBean(IndicatorCatalogue.class), queries(indicators, period),
                            warmup, rounds, live, asking);
                }
            }
        }
    }

    /**
     * Where the journeys are loaded: the embedded store (H2, on disk), or with {@code --store memory} the same
     * MongoDB-wire server with its in-memory backend, which loads ten national years in minutes rather than the
     * better part of an hour; {@code --store process} runs that in-memory server in a process of its own (heap
     * {@code --store-heap}), so the service's heap holds only what the service holds, as in a deployment. Figures
     * requests never read the store (ADR 015), so only the start differs.
     */
    private interface Store extends AutoCloseable {
        String uri();

        @Override
        void close();

        static Store embedded(Path data) {
            EmbeddedStore store = EmbeddedStore.start(StoreOptions.defaults().withPort(0).withDataDirectory(data));
            return new Store() {
                public String uri() {
                    return store.connectionString("outcomes");
                }

                public void close() {
                    store.close();
                }
            };
        }

        /** The in-memory store in a process of its own ({@link MemoryStoreProcess}), with a heap of its own. */
        static Store inProcess(String heap) throws IOException {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                    MemoryStoreProcess.class.getName())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)).readLine();
            if (first == null || !first.startsWith("port ")) {
                process.destroyForcibly();
                throw new IllegalStateException("the store process did not start: " + first);
            }
            int port = Integer.parseInt(first.substring("port ".length()).strip());
            return new Store() {
                public String uri() {
                    return "mongodb://127.0.0.1:" + port + "/outcomes";
                }

                public void close() {
                    process.destroy();
                }
            };
        }

        static Store inMemory() {
            MongoServer server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            return new Store() {
                public String uri() {
                    return "mongodb://127.0.0.1:" + address.getPort() + "/outcomes";
                }

                public void close() {
                    server.shutdownNow();
                }
            };
        }
    }

    private static void load(String[] args, int years, String uri, Path loaded) throws IOException {
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
        String summary = String.format("%,d journeys (%d national years)", journeys, years);
        Files.writeString(loaded, summary + System.lineSeparator());
        System.out.printf("generated and bulk-loaded %s in %,d s%n", summary, seconds(loadStarted));
    }

    private static List<Query> queries(List<String> indicators, String period) {
        List<Query> queries = new ArrayList<>();
        for (String indicator : indicators) {
            queries.add(new Query("LA dashboard", DARLINGTON_MANAGER, indicator, period, "la", List.of()));
            queries.add(new Query("regional board", NORTH_EAST_BOARD, indicator, period, "la", List.of()));
            queries.add(new Query("national board", NATIONAL_BOARD, indicator, period, "la", List.of()));
            queries.add(new Query("national board", NATIONAL_BOARD, indicator, period, "region", List.of()));
            queries.add(new Query("national board", NATIONAL_BOARD, indicator, period, "route", List.of()));
            queries.add(new Query("national board", NATIONAL_BOARD, indicator, period, "region,sex", List.of()));
            queries.add(new Query("national board", NATIONAL_BOARD, indicator, period, "region",
                    List.of("sex:FEMALE")));
        }
        return queries;
    }

    /**
     * Each query timed twice over: {@code still}, asked again and again over data that does not change (after the
     * first, the published table kept for the next caller answers, ADR 015); and {@code live}, each request after
     * changes to children in care that year (what a live feed does). Only live requests whose figures the change
     * touched are timed: those that merged the changed LA again and published the table afresh (a new table, not the
     * one kept). Each change is of a child who counts in the indicator that year ({@link LiveChanges#next(Indicator)});
     * changes go on until {@code rounds} such requests are timed (at most ten changes a round). The live times are the
     * ones that count.
     */
    private static void measure(PublishedFigures figures, IndicatorCatalogue catalogue, List<Query> queries,
                                int warmup, int rounds, LiveChanges live, Asking asking) {
        for (int i = 0; i < warmup; i++) {
            queries.forEach(query -> {
                live.next();
                asking.ready(query).getAsBoolean();
            });
        }
        queries.stream().map(Query::indicator).distinct().forEach(id -> System.out.printf(
                "%s: %,d children of the year count in it%n", id, live.countedIn(catalogue.find(id).orElseThrow())));
        System.out.printf("%nload average after the warm-up: %.2f%n", loadAverage());
        System.out.printf("%n%-15s %-29s %-22s %9s %9s %9s %9s %9s %7s %7s %6s %8s%n", "view", "indicator",
                "by / filter", "still p50", "still p95", "live p50", "live p95", "live p99", "timed", "changes",
                "rows", "numbers");
        for (Query query : queries) {
            List<Long> still = new ArrayList<>();
            List<Long> fresh = new ArrayList<>();
            asking.ready(query).getAsBoolean();
            for (int i = 0; i < rounds; i++) {
                BooleanSupplier call = asking.ready(query);
                long started = System.nanoTime();
                call.getAsBoolean();
                still.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started));
            }
            int changes = 0;
            Indicator indicator = catalogue.find(query.indicator()).orElseThrow();
            while (fresh.size() < rounds && changes < 10 * rounds) {
                live.next(indicator);
                changes++;
                BooleanSupplier call = asking.ready(query);
                long started = System.nanoTime();
                boolean publishedAfresh = call.getAsBoolean();
                long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started);
                if (publishedAfresh) {
                    fresh.add(micros);
                }
            }
            FigureTable table = ask(figures, query).table();
            Collections.sort(still);
            Collections.sort(fresh);
            System.out.printf("%-15s %-29s %-22s %9.1f %9.1f %9s %9s %9s %7d %7d %6d %8d%n", query.view(),
                    query.indicator(),
                    query.by() + (query.filter().isEmpty() ? "" : " " + String.join(",", query.filter())),
                    percentile(still, 50) / 1000.0, percentile(still, 95) / 1000.0, milliseconds(fresh, 50),
                    milliseconds(fresh, 95), milliseconds(fresh, 99), fresh.size(), changes, table.rows().size(),
                    shownAsNumbers(table));
        }
        System.out.printf("load average at the end: %.2f%n", loadAverage());
    }

    /** A percentile of the timings in milliseconds, or a dash when there is none (no change touched the query). */
    private static String milliseconds(List<Long> sortedMicros, int percent) {
        return sortedMicros.isEmpty() ? "-" : String.format("%.1f", percentile(sortedMicros, percent) / 1000.0);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * How a request is made: {@link #ready} does what must come before the clock starts (signing a token) and gives
     * the call to time, which answers whether the service published the table afresh rather than answering from the
     * table it kept.
     */
    private interface Asking {
        BooleanSupplier ready(Query query);
    }

    /** Through {@code PublishedFigures}, as the API resource calls it: a new table object was published afresh. */
    private static Asking inProcess(PublishedFigures figures) {
        Map<Query, FigureTable> last = new HashMap<>();
        return query -> () -> {
            FigureTable answer = ask(figures, query).table();
            return last.put(query, answer) != answer;
        };
    }

    /** Over HTTP; the service's cache metric tells a table published afresh from a kept one. */
    private static Asking http(PublishedFigures figures, HttpFigures api) {
        return query -> {
            String token = api.token(query.user());
            return () -> {
                double published = api.published();
                api.get(token, query.indicator(), query.period(), query.by(), query.filter());
                return api.published() > published;
            };
        };
    }

    private static PublishedFigures.Publication ask(PublishedFigures figures, Query query) {
        return figures.forCaller(query.user(), query.indicator(), query.period(), query.by(), query.filter());
    }

    /**
     * The published cells that show a figure rather than a symbol ({@code c}, {@code z}, {@code x}, {@code low}): with
     * the rows, what tells a fast answer from an empty one.
     */
    static long shownAsNumbers(FigureTable table) {
        Set<String> symbols = Arrays.stream(Symbol.values()).map(Symbol::text).collect(Collectors.toSet());
        return table.rows().stream().flatMap(row -> row.cells().values().stream())
                .filter(cell -> !symbols.contains(cell.text())).count();
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static long heapUsedMiB() {
        ManagementFactory.getMemoryMXBean().gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static ConfigurableApplicationContext start(String mongoUri) {
        // As command-line arguments, which win over the service's application.yml (default properties do not).
        return new SpringApplicationBuilder(OutcomesServiceApplication.class).run(
                "--spring.mongodb.uri=" + mongoUri,
                "--server.port=0",
                "--management.server.port=0",
                "--platform.events.relay.enabled=false",
                "--platform.pseudonymisation.key=" + ChildKeys.SYNTHETIC_SECRET,
                "--platform.security.jwt.jwks=" + HttpFigures.jwks());
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
