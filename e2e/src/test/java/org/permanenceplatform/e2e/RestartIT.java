package org.permanenceplatform.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanenceplatform.kit.testing.GatewaySession;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.launcher.Platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the launcher promises across a stop: no process of the platform is left behind, and starting again on the
 * same data directory finds everything recorded before. Uses a platform of its own, since it stops it.
 */
class RestartIT {

    @TempDir
    Path data;

    @Test
    void stoppingLeavesNoProcessAndStartingAgainKeepsTheChildren() throws Exception {
        String id;
        List<Long> pids;
        try (Platform first = Platform.start(RunningPlatform.options(data))) {
            GatewaySession durham = new GatewaySession(first.gatewayUrl());
            durham.signIn("practitioner.durham", password("practitioner.durham"));
            Reply created = durham.post("/api/permanence/children", WalkingSkeletonIT.child("KEEP-0001"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            id = created.json().get("id").asString();
            pids = first.pids();
            assertThat(pids).hasSize(5);
            writeFootprint(first);
        }
        for (long pid : pids) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("process " + pid).isFalse();
        }

        try (Platform again = Platform.start(RunningPlatform.options(data))) {
            GatewaySession durham = new GatewaySession(again.gatewayUrl());
            durham.signIn("practitioner.durham", password("practitioner.durham"));
            Reply read = durham.get("/api/permanence/children/" + id);
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.json().get("localChildId").asString()).isEqualTo("KEEP-0001");
        }
    }

    private String password(String username) throws IOException {
        Map<String, String> logins = Files.readAllLines(data.resolve("gateway/demo-logins.txt"),
                        StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.trim().split("\\s+"))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
        return logins.get(username);
    }

    /** Start time and resident memory of each process, for docs/benchmarks.md (measured, never asserted). */
    private static void writeFootprint(Platform platform) throws IOException {
        StringBuilder table = new StringBuilder("| process | ready after (s) | resident memory (MiB) |\n|---|---|---|\n");
        Map<String, Long> memory = platform.residentKib();
        memory.forEach((name, kib) -> table.append(String.format("| %s | %s | %d |%n", name,
                platform.startTimes().containsKey(name)
                        ? String.format("%.1f", platform.startTimes().get(name).toMillis() / 1000.0) : "-",
                kib / 1024)));
        Path output = Path.of(System.getProperty("platform.e2e.output", "target/e2e"));
        Files.createDirectories(output);
        Files.writeString(output.resolve("platform-footprint.md"), table, StandardCharsets.UTF_8);
        System.out.println("Platform footprint:\n" + table);
    }
}
