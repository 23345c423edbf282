package org.permanenceplatform.outcomes.figures.api;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.testing.AuthorisationTable;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.outcomes.NationalDatasetEvents;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pre-aggregated figures follow the dataset: once built, a new child's journey and a change to a child's
 * journey show in the next request, as a fresh computation would give them. A10 for 2024-25 in County Durham,
 * every child placed for adoption on 1 June 2024.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FiguresFollowTheDatasetTest {

    static final String A10 = "/api/outcomes/figures?indicator=adoption_a10&period=2024-25";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "figures-follow");
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    final String durham = new AuthorisationTable("outcomes-service").tokenFor(Role.PRACTITIONER, "840");

    @Test
    void aNewChildAndAChangedJourneyShowInTheNextRequest() {
        new NationalDatasetEvents().adoptions("840", "E12000001", 3, "2023-08-06").deliver(port);
        assertThat(durham("children")).isEqualTo("3");
        assertThat(durham("mean_days")).as("3 x 300 days / 3").isEqualTo("300");

        new NationalDatasetEvents().child(NationalDatasetEvents.childKey("840", "newcomer"), "840", "E12000001",
                "2021-01", NationalDatasetEvents.adopted("2023-06-02", "2024-06-01", "2024-10-01")).deliver(port);
        assertThat(durham("children")).isEqualTo("4");
        assertThat(durham("mean_days")).as("(900 + 365) / 4 = 316.25").isEqualTo("316");

        new NationalDatasetEvents().journeyChanged(NationalDatasetEvents.childKey("840", "child-0"), "840", 3,
                NationalDatasetEvents.adopted("2023-09-05", "2024-06-01", "2024-10-01")).deliver(port);
        assertThat(durham("children")).isEqualTo("4");
        assertThat(durham("mean_days")).as("(600 + 270 + 365) / 4 = 308.75").isEqualTo("309");
    }

    /**
     * A table published once is kept for the next same request (a hit on the published figures), and a change to
     * the dataset makes the next request publish afresh (a miss) with the change in it.
     */
    @Test
    void aRepeatedRequestIsAnsweredFromThePublishedTableUntilTheDataChanges() {
        new NationalDatasetEvents().adoptions("841", "E12000001", 6, "2023-08-06").deliver(port);
        String darlington = new AuthorisationTable("outcomes-service").tokenFor(Role.PRACTITIONER, "841");
        String first = new HttpApi(port).get(A10, darlington).body();
        double hits = published("hit");
        double misses = published("miss");

        assertThat(new HttpApi(port).get(A10, darlington).body()).isEqualTo(first);
        assertThat(published("hit")).as("the same request again").isEqualTo(hits + 1);
        assertThat(published("miss")).isEqualTo(misses);

        new NationalDatasetEvents().child(NationalDatasetEvents.childKey("841", "newcomer"), "841", "E12000001",
                "2021-01", NationalDatasetEvents.adopted("2023-06-02", "2024-06-01", "2024-10-01")).deliver(port);
        String after = new HttpApi(port).get(A10, darlington).body();
        assertThat(published("miss")).as("the first request after a change").isEqualTo(misses + 1);
        assertThat(after).isNotEqualTo(first);
    }

    private double published(String result) {
        String scrape = new HttpApi(managementPort).send(new HttpApi(managementPort)
                .request("/actuator/prometheus", null).setHeader("Accept", "text/plain;version=0.0.4")).body();
        Matcher gets = Pattern.compile("cache_gets_total\\{(?=[^}]*cache=\"outcomes\\.figures\\.published\")"
                + "(?=[^}]*result=\"" + result + "\")[^}]*} ([0-9.E]+)").matcher(scrape);
        assertThat(gets.find()).as("cache_gets_total of the published figures, " + result + ", in " + scrape)
                .isTrue();
        return Double.parseDouble(gets.group(1));
    }

    private String durham(String measure) {
        JsonNode figures = new HttpApi(port).get(A10, durham).json();
        for (JsonNode row : figures.get("rows")) {
            if (row.get("place").get("code").asString().equals("840")) {
                return row.get("cells").get(measure).get("value").asString();
            }
        }
        throw new AssertionError("no row for 840 in " + figures);
    }
}
