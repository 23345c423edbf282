package org.permanenceplatform.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The one-command launcher: starts the embedded store and the four applications as separate processes, waits until
 * each is ready, prints the URL and the demo logins, and on Ctrl-C stops the applications and then the store.
 *
 * <pre>
 * ./platform [--seed] [--data DIR] [--port GATEWAY_PORT]
 * </pre>
 */
public final class PlatformLauncher {

    private PlatformLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        PlatformOptions options;
        try {
            options = parse(args, Path.of(System.getProperty("platform.root", ".")).toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: ./platform [--seed] [--data DIR] [--port GATEWAY_PORT]");
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
            if (added > 0) {
                System.out.println("Loading County Durham's generated journeys, so the outcome pages have figures ...");
                System.out.println("Loaded " + DemoData.loadJourneys(platform.gatewayUrl(), options.dataDirectory())
                        + " generated journeys.");
            }
        }
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
                case "--seed" -> options = options.withSeed(true);
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
