package org.permanenceplatform.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded store until the process is stopped.
 *
 * <pre>
 * java -jar embedded-store-exec.jar [--host 127.0.0.1] [--port 27017] [--data ./data] [--durability fsync|write]
 * </pre>
 *
 * Prints one line {@code STORE_URI=mongodb://host:port} once it accepts connections, so a launcher can read it.
 */
public final class EmbeddedStoreMain {

    private EmbeddedStoreMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "embedded-store-logback.xml");
        }
        StoreOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: embedded-store [--host HOST] [--port PORT|0] [--data DIR] [--durability fsync|write]");
            System.exit(2);
            return;
        }
        EmbeddedStore store = EmbeddedStore.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            store.close();
            stopped.countDown();
        }, "embedded-store-shutdown"));
        System.out.println("STORE_URI=mongodb://" + store.host() + ":" + store.port());
        System.out.flush();
        stopped.await();
    }

    static StoreOptions parse(String[] args) {
        StoreOptions options = StoreOptions.defaults();
        String env = System.getenv("PERMANENCE_DATA_DIR");
        if (env != null && !env.isBlank()) {
            options = options.withDataDirectory(Path.of(env).resolve("store"));
        }
        String host = options.host();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value after " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--host" -> host = value;
                case "--port" -> options = options.withPort(parsePort(value));
                case "--data" -> options = options.withDataDirectory(Path.of(value));
                case "--durability" -> options = options.withDurability(parseDurability(value));
                default -> throw new IllegalArgumentException("Unknown option " + name);
            }
        }
        return new StoreOptions(host, options.port(), options.portAttempts(), options.dataDirectory(),
                options.durability());
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port takes a number from 0 to 65535, was " + value);
        }
    }

    private static Durability parseDurability(String value) {
        try {
            return Durability.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--durability takes fsync or write, was " + value);
        }
    }
}
