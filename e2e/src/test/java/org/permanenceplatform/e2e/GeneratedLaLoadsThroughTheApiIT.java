package org.permanenceplatform.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.permanenceplatform.generator.Generator;
import org.permanenceplatform.generator.Settings;
import org.permanenceplatform.generator.Summary;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.launcher.GatewayClient;
import org.permanenceplatform.launcher.Platform;
import org.permanenceplatform.launcher.load.ApiLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's acceptance: every record the generator produces passes the services' own validation. County Durham
 * (840, where the demo practitioner, IRO, decision maker, virtual school and support worker work) for the year to
 * 31 March 2025, seed 7, is loaded through the gateway as its people would enter it; a refusal stops the load and
 * names the request and the problem. To keep the end-to-end suite short on two cores, only a deterministic subset is
 * loaded: every
 * {@value #EVERY_NTH}th child in the generator's order (by entry) whose care began in 2000 or later, the first year of
 * the service's bank holiday table (for the review clocks); the subset spreads across entry years and so takes in
 * adoptions, an SGO, returns home and other leavers. The few children whose families asked for support after
 * permanence come along too (bar those OutcomesBrowserIT loads), so that support is loaded and read back.
 * <p>
 * The Isles of Scilly (420), the smallest LA, is loaded whole over the ten years to 31 March 2025: its admin-created
 * team enters every generated child, and what the service then holds agrees with the generator's summary for the
 * last year. Ten years rather than one because support and breakdowns come years after permanence: the decade has
 * families who asked for support and one whose permanence broke down.
 * <p>
 * Both read back what the platform holds for each loaded child, against what the generator produced: the
 * assessments with their completed stages, the school years and the support requests and breakdowns.
 */
@ExtendWith(RunningPlatform.class)
class GeneratedLaLoadsThroughTheApiIT {

    static final int EVERY_NTH = 8;
    static final String SCILLY = "420";
    /** Ten collection years, so that families are followed long enough after permanence to ask for support. */
    static final int SCILLY_YEARS = 10;
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    static final LocalDate FIRST_DAY_THE_SERVICE_CLOCKS_COVER = LocalDate.of(2000, 1, 1);

    @Test
    void aGeneratedLaLoadsWithoutARefusalAndItsChildrenInCareAreOnTheCaseload(Platform platform) throws IOException {
        List<Child> generated = new ArrayList<>();
        Generator.generate(new Settings(7, 2025, 1, AS_OF, List.of("840")), generated::add);
        List<Child> covered = generated.stream()
                .filter(child -> !child.periods().get(0).start().isBefore(FIRST_DAY_THE_SERVICE_CLOCKS_COVER))
                .toList();
        List<Child> loaded = IntStream.range(0, covered.size())
                .filter(i -> i % EVERY_NTH == 0 || i % EVERY_NTH != 4 && followedBySupport(covered.get(i)))
                .mapToObj(covered::get).toList();
        Map<String, String> logins = logins(platform);
        GatewayClient practitioner = signedIn(platform, logins, "practitioner.durham");
        GatewayClient support = signedIn(platform, logins, "support.durham");
        ApiLoader loader = new ApiLoader(new ApiLoader.Team("practitioner.durham", practitioner,
                signedIn(platform, logins, "iro.durham"), signedIn(platform, logins, "decisions.durham"),
                signedIn(platform, logins, "virtualschool.durham"), support));

        Map<Child, String> ids = new LinkedHashMap<>();
        loaded.forEach(child -> ids.put(child, loader.load(child)));

        Set<String> loadedIds = loaded.stream().map(Child::childId).collect(Collectors.toSet());
        long lookedAfter = loaded.stream()
                .filter(child -> child.periods().stream().anyMatch(period -> period.lookedAfterOn(AS_OF))).count();
        HttpResponse<String> caseload =
                practitioner.exchangePatiently(practitioner.jsonRead("/api/permanence/caseload"));
        assertThat(caseload.statusCode()).as(caseload.body()).isEqualTo(200);
        long inCare = 0;
        for (JsonNode row : JsonMapper.builder().build().readTree(caseload.body())) {
            JsonNode child = row.get("child");
            if (loadedIds.contains(child.get("localChildId").asString()) && child.get("inCare").asBoolean()) {
                inCare++;
            }
        }
        assertThat(lookedAfter).as("the subset has children in care on the day").isPositive();
        assertThat(inCare).isEqualTo(lookedAfter);
        GeneratedRecordsHeld held = assertHeldAsGenerated(practitioner, support, ids);
        assertThat(held.supportRequests()).as("support requests held").isPositive();
    }

    /** Whether the child's family asked for support after permanence, or it broke down. */
    static boolean followedBySupport(Child child) {
        return !child.supportRequests().isEmpty() || !child.breakdowns().isEmpty();
    }

    @Test
    void theWholeOfTheSmallestLaLoadsWithoutARefusalAndAgreesWithTheGeneratorsSummary(Platform platform)
            throws IOException {
        List<Child> generated = new ArrayList<>();
        Summary summary = new Summary(List.of(2025));
        Generator.generate(new Settings(7, 2025, SCILLY_YEARS, AS_OF, List.of(SCILLY)), generated::add);
        generated.forEach(summary);
        Map<String, String> logins = logins(platform);
        GatewayClient admin = signedIn(platform, logins, "admin");
        GatewayClient practitioner = newTeamMember(platform, admin, "practitioner.scilly", "PRACTITIONER");
        GatewayClient support = newTeamMember(platform, admin, "support.scilly", "SUPPORT_WORKER");
        ApiLoader loader = new ApiLoader(new ApiLoader.Team("practitioner.scilly", practitioner,
                newTeamMember(platform, admin, "iro.scilly", "IRO"),
                newTeamMember(platform, admin, "decisions.scilly", "DECISION_MAKER"),
                newTeamMember(platform, admin, "virtualschool.scilly", "VIRTUAL_SCHOOL"), support));

        Map<Child, String> ids = new LinkedHashMap<>();
        generated.forEach(child -> ids.put(child, loader.load(child)));

        HttpResponse<String> children =
                practitioner.exchangePatiently(practitioner.jsonRead("/api/permanence/children?limit=500"));
        assertThat(children.statusCode()).as(children.body()).isEqualTo(200);
        HttpResponse<String> caseload =
                practitioner.exchangePatiently(practitioner.jsonRead("/api/permanence/caseload"));
        assertThat(caseload.statusCode()).as(caseload.body()).isEqualTo(200);
        long inCare = 0;
        for (JsonNode row : JsonMapper.builder().build().readTree(caseload.body())) {
            inCare += row.get("child").get("inCare").asBoolean() ? 1 : 0;
        }
        assertThat(JsonMapper.builder().build().readTree(children.body()).size())
                .as("every generated child is held, and no other").isEqualTo(generated.size());
        assertThat(summary.year(2025).lookedAfterOn31March()).as("the LA has children in care").isPositive();
        assertThat(inCare).as("children in care on 31 March 2025, as the generator's summary counts them")
                .isEqualTo(summary.year(2025).lookedAfterOn31March());
        GeneratedRecordsHeld held = assertHeldAsGenerated(practitioner, support, ids);
        assertThat(held.supportRequests()).as("support requests held").isPositive();
        assertThat(held.breakdowns()).as("breakdowns held").isPositive();
    }

    /**
     * Every loaded child's assessments, completed stages, school years, support requests and breakdowns are held as
     * generated, and the load had assessments, completed stages and school years to prove it (support follows
     * permanence by months or years, so few children of one year have any).
     */
    static GeneratedRecordsHeld assertHeldAsGenerated(GatewayClient reader, GatewayClient support,
                                                      Map<Child, String> ids) {
        GeneratedRecordsHeld held = new GeneratedRecordsHeld(reader);
        ids.forEach(held::check);
        held.checkSupport(support, ids.keySet());
        assertThat(held.assessments()).as("assessments held").isPositive();
        assertThat(held.stagesCompleted()).as("stages completed").isPositive();
        assertThat(held.schoolYears()).as("school years held").isPositive();
        return held;
    }

    /** The LA's team member, created by the admin through the user form as an LA's admin would; signed in. */
    static GatewayClient newTeamMember(Platform platform, GatewayClient admin, String username, String role) {
        String password = "generated-" + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("role", role);
        fields.put("la", SCILLY);
        fields.put("password", password);
        HttpResponse<String> created = admin.submitForm("/admin/users/new", "/admin/users/new", fields);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).as("back to the list of users").hasValue("/admin/users");
        GatewayClient member = new GatewayClient(platform.gatewayUrl());
        member.signIn(username, password);
        return member;
    }

    static GatewayClient signedIn(Platform platform, Map<String, String> logins, String username) {
        GatewayClient client = new GatewayClient(platform.gatewayUrl());
        client.signIn(username, logins.get(username));
        return client;
    }

    static Map<String, String> logins(Platform platform) throws IOException {
        return Files.readAllLines(platform.dataDirectory().resolve("gateway/demo-logins.txt"), StandardCharsets.UTF_8)
                .stream().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.trim().split("\\s+"))
                .collect(Collectors.toMap(parts -> parts[0], parts -> parts[1]));
    }
}
