package org.permanenceplatform.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * The secrets of a one-machine platform, made at first start and kept, owner-only, in {@code <data>/secrets.properties}:
 * the pseudonymisation key of the national dataset and each service's client secret at the gateway's token
 * endpoint. They reach the processes through their environment, never their command line. Real deployments take
 * theirs from a secret store.
 */
public final class PlatformSecrets {

    static final String FILE_NAME = "secrets.properties";
    static final String PSEUDONYMISATION_KEY = "pseudonymisation.key";
    static final List<String> SERVICES = List.of("permanence-service", "support-service", "outcomes-service");

    private final Properties values;

    private PlatformSecrets(Properties values) {
        this.values = values;
    }

    public static PlatformSecrets loadOrCreate(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        Properties values = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    values.load(reader);
                }
            }
            boolean changed = putIfAbsent(values, PSEUDONYMISATION_KEY);
            for (String service : SERVICES) {
                changed |= putIfAbsent(values, "client." + service);
            }
            if (changed) {
                Files.createDirectories(dataDirectory);
                try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    values.store(writer, "Secrets of this machine's platform. Keep private; never commit.");
                }
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    System.err.println("Could not restrict " + file + " to its owner");
                }
            }
            return new PlatformSecrets(values);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write " + file, e);
        }
    }

    private static boolean putIfAbsent(Properties values, String name) {
        if (values.getProperty(name) != null) {
            return false;
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        values.setProperty(name, Base64.getEncoder().encodeToString(secret));
        return true;
    }

    public String pseudonymisationKey() {
        return values.getProperty(PSEUDONYMISATION_KEY);
    }

    public String clientSecret(String service) {
        return values.getProperty("client." + service);
    }

    /** The gateway's service clients, as Spring's SPRING_APPLICATION_JSON: each may speak for every LA here. */
    String gatewayServiceClientsJson() {
        StringBuilder json = new StringBuilder("{\"platform\":{\"gateway\":{\"service-clients\":{");
        for (int i = 0; i < SERVICES.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(SERVICES.get(i)).append("\":{\"secret\":\"")
                    .append(clientSecret(SERVICES.get(i))).append("\",\"las\":[\"*\"]}");
        }
        return json.append("}}}}").toString();
    }
}
