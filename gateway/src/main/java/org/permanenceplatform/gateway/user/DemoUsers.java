package org.permanenceplatform.gateway.user;

import org.permanenceplatform.gateway.GatewayProperties;
import org.permanenceplatform.kit.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Local mode only: one demo user per role (and practitioners of three LAs in two regions), each with a random
 * password made on this machine and kept, owner-only, in {@code <data>/gateway/demo-logins.txt} for the launcher
 * to print. No password is in the repository.
 */
@Component
@ConditionalOnProperty(name = "platform.gateway.local-mode", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    static final String FILE_NAME = "demo-logins.txt";
    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

    /** username, role, la, region, provider */
    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("practitioner.durham", Role.PRACTITIONER, "840", null, null),
            new DemoUser("practitioner.darlington", Role.PRACTITIONER, "841", null, null),
            new DemoUser("practitioner.camden", Role.PRACTITIONER, "202", null, null),
            new DemoUser("manager.durham", Role.TEAM_MANAGER, "840", null, null),
            new DemoUser("decisions.durham", Role.DECISION_MAKER, "840", null, null),
            new DemoUser("iro.durham", Role.IRO, "840", null, null),
            new DemoUser("raa.durham", Role.RAA_WORKER, "840", null, null),
            new DemoUser("virtualschool.durham", Role.VIRTUAL_SCHOOL, "840", null, null),
            new DemoUser("support.durham", Role.SUPPORT_WORKER, "840", null, null),
            new DemoUser("provider.demo", Role.PROVIDER, null, null, "PRV-DEMO-1"),
            new DemoUser("board.northeast", Role.REGIONAL_BOARD, null, "E12000001", null),
            new DemoUser("board.national", Role.NATIONAL_BOARD, null, null, null),
            new DemoUser("admin", Role.ADMIN, null, null, null));

    record DemoUser(String username, Role role, String la, String region, String provider) {
    }

    private final UserStore store;
    private final PasswordEncoder passwords;
    private final Path file;
    private final SecureRandom random = new SecureRandom();

    DemoUsers(UserStore store, PasswordEncoder passwords, GatewayProperties properties) {
        this.store = store;
        this.passwords = passwords;
        this.file = properties.gatewayDirectory().resolve(FILE_NAME);
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, String> known = readLogins();
        Map<String, String> logins = new LinkedHashMap<>();
        for (DemoUser demo : DEMO_USERS) {
            String password = known.get(demo.username());
            boolean stored = store.find(demo.username()).isPresent();
            if (password == null || !stored) {
                password = newPassword();
                store.save(new PlatformUser(demo.username(), passwords.encode(password), Set.of(demo.role()),
                        Optional.ofNullable(demo.la()), Optional.ofNullable(demo.region()),
                        Optional.ofNullable(demo.provider()), true));
            }
            logins.put(demo.username(), password);
        }
        writeLogins(logins);
        log.info("Demo users ready ({}); their logins are in {}", logins.size(), file.toAbsolutePath());
    }

    private String newPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            if (i > 0 && i % 5 == 4) {
                password.append('-');
            } else {
                password.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
        }
        return password.toString();
    }

    private Map<String, String> readLogins() {
        Map<String, String> logins = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return logins;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length >= 2 && !line.startsWith("#")) {
                    logins.put(parts[0], parts[1]);
                }
            }
            return logins;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeLogins(Map<String, String> logins) {
        StringBuilder text = new StringBuilder("# Demo logins for this machine only (local mode). username password role\n");
        DEMO_USERS.forEach(demo -> text.append(String.format("%-26s %-16s %s%s%n", demo.username(),
                logins.get(demo.username()), demo.role(), demo.la() == null ? "" : " LA " + demo.la())));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.warn("Could not restrict {} to its owner", file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
