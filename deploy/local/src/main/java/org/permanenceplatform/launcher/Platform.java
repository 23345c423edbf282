package org.permanenceplatform.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The whole platform on one machine: the embedded store and the four applications, each a process of its own on
 * loopback. Starts the store first and stops it last.
 */
public final class Platform implements AutoCloseable {

    public static final List<String> APPLICATIONS = List.of("gateway", "permanence-service", "support-service",
            "outcomes-service");
    static final Duration START_LIMIT = Duration.ofMinutes(4);
    static final Duration STOP_GRACE = Duration.ofSeconds(30);
    /** Lowest port chosen by {@link #freePort()}: clear of the well-known and commonly configured ports. */
    private static final int CHOSEN_FROM = 20000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private final PlatformOptions options;
    private final Ports ports;
    private final ManagedProcess store;
    private final Map<String, ManagedProcess> applications = new LinkedHashMap<>();
    private final Map<String, Duration> startTimes = new LinkedHashMap<>();
    private final PlatformSecrets secrets;

    /** The ports of each process: API and management. */
    public record Ports(int store, Map<String, Integer> api, Map<String, Integer> management) {
    }

    private Platform(PlatformOptions options) {
        this.options = options;
        this.ports = allocate(options.gatewayPort());
        this.secrets = PlatformSecrets.loadOrCreate(options.dataDirectory());
        Path logs = options.dataDirectory().resolve("logs");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        List<String> storeCommand = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-jar",
                require(options.jar("deploy/local", "embedded-store")).toString(),
                "--port", String.valueOf(ports.store()), "--data", options.dataDirectory().resolve("store").toString()));
        this.store = new ManagedProcess("embedded-store", storeCommand, Map.of(), logs.resolve("embedded-store.log"),
                null);
        for (String application : APPLICATIONS) {
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(options.jvmOptions());
            command.add("-jar");
            command.add(require(options.jar(application, application)).toString());
            applications.put(application, new ManagedProcess(application, command, environment(application),
                    logs.resolve(application + ".log"), URI.create("http://127.0.0.1:"
                    + ports.management().get(application) + "/actuator/health/readiness")));
        }
    }

    /** Starts everything and waits until each process is ready. On failure, stops what it started and throws. */
    public static Platform start(PlatformOptions options) throws InterruptedException {
        Platform platform = new Platform(options);
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException | InterruptedException e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() throws InterruptedException {
        store.start();
        waitForStorePort();
        applications.values().forEach(ManagedProcess::start);
        ExecutorService waiting = Executors.newFixedThreadPool(applications.size());
        try {
            Map<String, Future<Duration>> ready = new LinkedHashMap<>();
            applications.forEach((name, process) -> ready.put(name, waiting.submit(() -> process.awaitReady(START_LIMIT))));
            for (Map.Entry<String, Future<Duration>> entry : ready.entrySet()) {
                try {
                    startTimes.put(entry.getKey(), entry.getValue().get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException runtime ? runtime
                            : new IllegalStateException(e.getCause());
                }
            }
        } finally {
            waiting.shutdownNow();
        }
    }

    private void waitForStorePort() throws InterruptedException {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!store.isAlive()) {
                throw new IllegalStateException("The embedded store stopped while starting:\n" + store.tail(40));
            }
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", ports.store())) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("The embedded store did not open port " + ports.store());
    }

    private Map<String, String> environment(String application) {
        Map<String, String> env = new LinkedHashMap<>();
        String store = "mongodb://127.0.0.1:" + ports.store() + "/";
        String query = "?w=majority&serverSelectionTimeoutMS=5000";
        env.put("PLATFORM_JWKS_URI", gatewayUrl() + "/.well-known/jwks.json");
        switch (application) {
            case "gateway" -> {
                env.put("GATEWAY_MONGODB_URI", store + "gateway" + query);
                env.put("GATEWAY_PORT", port(application));
                env.put("GATEWAY_MANAGEMENT_PORT", managementPort(application));
                env.put("PERMANENCE_URL", "http://127.0.0.1:" + port("permanence-service"));
                env.put("SUPPORT_URL", "http://127.0.0.1:" + port("support-service"));
                env.put("OUTCOMES_URL", "http://127.0.0.1:" + port("outcomes-service"));
                env.put("PLATFORM_LOCAL_MODE", "true");
                env.put("PLATFORM_SECURE_COOKIES", "false");
                env.put("PERMANENCE_DATA_DIR", options.dataDirectory().toAbsolutePath().toString());
                env.put("SPRING_APPLICATION_JSON", secrets.gatewayServiceClientsJson());
            }
            case "permanence-service", "support-service", "outcomes-service" -> {
                String prefix = application.substring(0, application.indexOf('-')).toUpperCase();
                String database = application.substring(0, application.indexOf('-'));
                env.put(prefix + "_MONGODB_URI", store + database + query);
                env.put(prefix + "_PORT", port(application));
                env.put(prefix + "_MANAGEMENT_PORT", managementPort(application));
                env.put("PLATFORM_EVENTS_CLIENT_SECRET", secrets.clientSecret(application));
                env.put("PLATFORM_TOKEN_URI", gatewayUrl() + "/oauth2/token");
                env.put("PLATFORM_PSEUDONYMISATION_KEY", secrets.pseudonymisationKey());
                env.put("OUTCOMES_URL", "http://127.0.0.1:" + port("outcomes-service"));
                env.put("SUPPORT_URL", "http://127.0.0.1:" + port("support-service"));
            }
            default -> throw new IllegalArgumentException(application);
        }
        return env;
    }

    private String port(String application) {
        return String.valueOf(ports.api().get(application));
    }

    private String managementPort(String application) {
        return String.valueOf(ports.management().get(application));
    }

    static Ports allocate(int gatewayPort) {
        Map<String, Integer> api = new LinkedHashMap<>();
        Map<String, Integer> management = new LinkedHashMap<>();
        if (gatewayPort == 0) {
            for (String application : APPLICATIONS) {
                api.put(application, freePort());
                management.put(application, freePort());
            }
            return new Ports(freePort(), api, management);
        }
        for (int i = 0; i < APPLICATIONS.size(); i++) {
            api.put(APPLICATIONS.get(i), requireFree(gatewayPort + i));
            management.put(APPLICATIONS.get(i), requireFree(gatewayPort + 1000 + i));
        }
        return new Ports(isFree(27017) ? 27017 : freePort(), api, management);
    }

    private static int requireFree(int port) {
        if (!isFree(port)) {
            throw new IllegalStateException("Port " + port + " is in use (is the platform already running?). "
                    + "Stop what uses it, or choose other ports with --port");
        }
        return port;
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A free port below the system's ephemeral range. A port the kernel hands out for {@code bind(0)} comes from the
     * same range as the local ports of outgoing connections, so in the seconds between choosing it and a process
     * binding it, any client connection on the machine (a driver connecting to the store, say) may take it. Ports
     * below that range are only ever taken by a deliberate bind. Ports handed out by this JVM are not handed out
     * twice, so two platforms started side by side never choose the same one.
     */
    private static int freePort() {
        int[] ephemeral = ephemeralRange();
        int below = Math.min(ephemeral[0], 65536);
        if (below > CHOSEN_FROM + 1000) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int attempt = 0; attempt < 200; attempt++) {
                int port = random.nextInt(CHOSEN_FROM, below);
                if (HANDED_OUT.add(port)) {
                    if (isFree(port)) {
                        return port;
                    }
                }
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            HANDED_OUT.add(socket.getLocalPort());
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kernel's range for ephemeral ports (Linux); the IANA range where it cannot be read. */
    static int[] ephemeralRange() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range"));
            String[] bounds = range.trim().split("\\s+");
            return new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])};
        } catch (IOException | RuntimeException unreadable) {
            return new int[] {49152, 65535};
        }
    }

    private static Path require(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Missing " + jar + ": build first (./mvnw -DskipTests package)");
        }
        return jar;
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + ports.api().get("gateway");
    }

    public String serviceUrl(String application) {
        return "http://127.0.0.1:" + ports.api().get(application);
    }

    public String managementUrl(String application) {
        return "http://127.0.0.1:" + ports.management().get(application);
    }

    public Ports ports() {
        return ports;
    }

    public PlatformSecrets secrets() {
        return secrets;
    }

    public Path dataDirectory() {
        return options.dataDirectory();
    }

    public Map<String, Duration> startTimes() {
        return Map.copyOf(startTimes);
    }

    /** Resident memory of each process in KiB (Linux). */
    public Map<String, Long> residentKib() {
        Map<String, Long> memory = new LinkedHashMap<>();
        memory.put(store.name(), store.residentKib());
        applications.forEach((name, process) -> memory.put(name, process.residentKib()));
        return memory;
    }

    public List<Long> pids() {
        List<Long> pids = new ArrayList<>();
        if (store.isAlive()) {
            pids.add(store.pid());
        }
        applications.values().stream().filter(ManagedProcess::isAlive).forEach(p -> pids.add(p.pid()));
        return pids;
    }

    /** Stops one application cleanly (fault tests). */
    public void stop(String application) throws InterruptedException {
        applications.get(application).stop(STOP_GRACE);
    }

    /** Starts a stopped application again and waits until it is ready. */
    public void restart(String application) throws InterruptedException {
        ManagedProcess process = applications.get(application);
        process.stop(STOP_GRACE);
        process.start();
        startTimes.put(application, process.awaitReady(START_LIMIT));
    }

    public Map<String, Path> logs() {
        Map<String, Path> logs = new LinkedHashMap<>();
        logs.put(store.name(), store.log());
        applications.forEach((name, process) -> logs.put(name, process.log()));
        return logs;
    }

    /** Stops the applications (together), then the store: nothing writes to the store while it closes. */
    @Override
    public void close() throws InterruptedException {
        List<Thread> stopping = new ArrayList<>();
        for (ManagedProcess application : applications.values()) {
            Thread thread = new Thread(() -> {
                try {
                    application.stop(STOP_GRACE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "stop-" + application.name());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            thread.join();
        }
        store.stop(STOP_GRACE);
    }
}
