package org.permanenceplatform.launcher;

import org.permanenceplatform.launcher.load.GeneratedLa;
import org.permanenceplatform.launcher.load.RefusedByTheApi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The one-command launcher: starts the embedded store and the four applications as separate processes, waits until
 * each is ready, prints the URL and the demo logins, and on Ctrl-C stops the applications and then the store.
 *
 * <pre>
 * ./platform [--seed [N [--la CODE] [--children N]]] [--data DIR] [--port GATEWAY_PORT]
 * </pre>
 * {@code --seed} loads the demo data with {@link GeneratedLa#DEMO}'s generated journeys (so the outcome pages have
 * figures); {@code --seed N} loads an LA's children generated with seed N instead of those ({@link GeneratedLa}).
 */
public final class PlatformLauncher {

    static final String USAGE =
            "Usage: ./platform [--seed [N [--la CODE] [--children N]]] [--data DIR] [--port GATEWAY_PORT]";

    private PlatformLauncher() {
    }

    private static void loadGenerated(GeneratedLa la, Platform platform) {
        Map<String, String> logins = DemoData.DemoLogins.read(platform.dataDirectory());
        System.out.println("Loading " + la.children() + " children of LA " + la.la() + " generated with seed "
                + la.seed() + " ...");
        try {
            int loaded = la.load(username -> {
                GatewayClient client = new GatewayClient(platform.gatewayUrl());
                client.signIn(username, logins.get(username));
                return client;
            });
            System.out.println("Loaded " + loaded + " generated children.");
        } catch (RefusedByTheApi e) {
            System.err.println("Loading the generated children stopped: " + e.getMessage());
        } catch (RuntimeException e) {
            // The platform is up and its demo logins work; a load that cannot finish must not take it down.
            System.err.println("Loading the generated children stopped: " + e);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PlatformOptions options;
        Optional<GeneratedLa> generated;
        try {
            options = parse(args, Path.of(System.getProperty("platform.root", ".")).toAbsolutePath().normalize());
            generated = GeneratedLa.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        System.out.println("Starting Permanence Platform (data in " + options.dataDirectory().toAbsolutePath() + ") ...");
        Platform platform;
        try {
            platform = Platform.start(options);
        } catch (IllegalStateException e) {
            System.err.println("The platform did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping the applications, then the store ...");
            try {
                platform.close();
                System.out.println("Stopped cleanly.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        }, "platform-shutdown"));

        if (options.seed()) {
            int added = DemoData.load(platform.gatewayUrl(), options.dataDirectory());
            System.out.println(added == 0 ? "Demo data already loaded." : "Loaded " + added + " demo children.");
            if (added > 0 && generated.isEmpty()) {
                // Children with whole journeys, so that the outcome pages have figures from the start.
                loadGenerated(GeneratedLa.DEMO, platform);
            }
        }
        generated.ifPresent(la -> loadGenerated(la, platform));
        printWelcome(platform);
        stopped.await();
    }

    private static void printWelcome(Platform platform) {
        String url = platform.gatewayUrl().replace("127.0.0.1", "localhost");
        StringBuilder text = new StringBuilder()
                .append("\nPermanence Platform is running: ").append(url).append("\n\n");
        platform.startTimes().forEach((name, took) -> text.append(String.format("  %-20s ready in %5.1f s%n",
                name, took.toMillis() / 1000.0)));
        text.append("\nDemo logins (this machine only):\n");
        try {
            for (String line : Files.readAllLines(DemoData.DemoLogins.file(platform.dataDirectory()),
                    StandardCharsets.UTF_8)) {
                if (!line.startsWith("#")) {
                    text.append("  ").append(line).append('\n');
                }
            }
        } catch (IOException e) {
            text.append("  (not found: ").append(e.getMessage()).append(")\n");
        }
        text.append("\nLogs: ").append(platform.dataDirectory().resolve("logs").toAbsolutePath())
                .append("\nPress Ctrl-C to stop.\n");
        System.out.println(text);
    }

    static PlatformOptions parse(String[] args, Path root) {
        PlatformOptions options = PlatformOptions.defaults(root);
        String env = System.getenv("PERMANENCE_DATA_DIR");
        if (env != null && !env.isBlank()) {
            options = options.withData(Path.of(env).toAbsolutePath());
        }
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> {
                    options = options.withSeed(true);
                    i += i + 1 < args.length && args[i + 1].matches("-?\\d+") ? 1 : 0;
                }
                case "--la", "--children" -> {
                    String option = args[i];
                    value(args, ++i, option); // read by GeneratedLa.parse
                }
                case "--data" -> options = options.withData(Path.of(value(args, ++i, "--data")).toAbsolutePath());
                case "--port" -> {
                    String port = value(args, ++i, "--port");
                    try {
                        options = options.withGatewayPort(Integer.parseInt(port));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port takes a number, was " + port);
                    }
                }
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        return options;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException("Missing value after " + option);
        }
        return args[index];
    }
}
