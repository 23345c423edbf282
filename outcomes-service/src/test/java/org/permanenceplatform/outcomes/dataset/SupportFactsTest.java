package org.permanenceplatform.outcomes.dataset;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.events.EventBatch;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.security.Role;
import org.permanenceplatform.kit.testing.AuthorisationTable;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.kit.testing.TestTokens;
import org.permanenceplatform.outcomes.NationalDatasetEvents;
import org.permanenceplatform.outcomes.disclosure.domain.Figure;
import org.permanenceplatform.outcomes.indicator.domain.Cohort;
import org.permanenceplatform.outcomes.indicator.domain.Dimension;
import org.permanenceplatform.outcomes.indicator.domain.FinancialYear;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.permanenceplatform.outcomes.indicator.domain.Journey;
import org.permanenceplatform.outcomes.indicator.domain.Route;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * support-service's national events delivered as its relay sends them, read back as the child's support requests
 * and breakdowns, which the support timeliness and breakdown indicators count: once each, and in the child's order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupportFactsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant OCCURRED = Instant.parse("2026-11-24T10:00:00Z");
    static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "supportfacts");
    }

    @LocalServerPort
    int port;

    @Autowired
    JourneyStore store;

    @Autowired
    IndicatorCatalogue indicators;

    @Autowired
    MongoDatabase database;

    static EventEnvelope request(String key, long sequence, int number, String received, String firstResponse,
                                 String serviceStarted) {
        Map<String, Object> payload = new LinkedHashMap<>(Map.of("number", number, "route", "ADOPTION",
                "received", received, "requester", "FAMILY", "category", "THERAPEUTIC", "urgency", "ROUTINE",
                "firstResponseStandardDays", 10, "needsAssessmentStandardDays", 40, "serviceStartStandardDays", 90));
        if (firstResponse != null) {
            payload.put("firstResponse", firstResponse);
        }
        if (serviceStarted != null) {
            payload.put("serviceStarted", serviceStarted);
        }
        return EventEnvelope.of("ncpd.support.request.changed", 1, OCCURRED, "support-service", key, sequence, "841",
                payload);
    }

    static EventEnvelope breakdown(String key, long sequence, int number, String date) {
        return EventEnvelope.of("ncpd.support.breakdown.recorded", 1, OCCURRED, "support-service", key, sequence,
                "841", Map.of("number", number, "route", "ADOPTION", "permanenceDate", "2024-10-01", "date", date,
                        "cameBackIntoCare", false));
    }

    /** Posts the events as support-service's relay does; answers the receipt's acknowledged and waiting ids. */
    HttpApi.Reply deliver(EventEnvelope... events) {
        String token = new TestTokens("outcomes-service").sign(claims -> claims
                .subject("service:support-service").claim("scope", "events:write").claim("las", List.of("*")));
        HttpApi.Reply reply = new HttpApi(port).post("/events/v1", token,
                JSON.writeValueAsString(new EventBatch(List.of(events))));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    Journey journeyOf(YearMonth birthMonth) {
        return store.cohort(AS_OF).journeys().stream().filter(journey -> journey.child().la().equals("841")
                && journey.child().birthMonth().equals(birthMonth)).findFirst().orElseThrow();
    }

    String adoptedChild(String local, String birthMonth) {
        String key = NationalDatasetEvents.childKey("841", local);
        new NationalDatasetEvents().child(key, "841", "E12000001", birthMonth,
                NationalDatasetEvents.adopted("2023-01-10", "2024-02-01", "2024-10-01")).deliver(port);
        return key;
    }

    @Test
    void supportRequestsAndBreakdownsAreReadIntoTheJourneyAndCounted() {
        String key = adoptedChild("S-1", "2019-03");
        deliver(request(key, 1, 1, "2024-11-01", null, null), request(key, 2, 1, "2024-11-01", "2024-11-08", null),
                breakdown(key, 3, 1, "2025-02-01"), request(key, 4, 2, "2025-01-10", null, null));

        Journey journey = journeyOf(YearMonth.parse("2019-03"));
        assertThat(journey.supportRequests()).containsExactly(
                new Journey.SupportRequest(Route.ADOPTION, LocalDate.parse("2024-11-01"),
                        LocalDate.parse("2024-11-08"), null),
                new Journey.SupportRequest(Route.ADOPTION, LocalDate.parse("2025-01-10"), null, null));
        assertThat(journey.breakdowns()).containsExactly(new Journey.Breakdown(LocalDate.parse("2025-02-01"), false));
        // The breakdown indicator's breakdown: reported by support, before any return to care.
        assertThat(journey.breakdownAfter(LocalDate.parse("2024-10-01"))).contains(LocalDate.parse("2025-02-01"));

        var timeliness = indicators.find("support_timeliness").orElseThrow().compute(new Cohort(List.of(journey), AS_OF),
                FinancialYear.parse("2024-25"), Dimension.ENGLAND);
        assertThat(timeliness.figure("England", "requests")).isEqualTo(new Figure.Count(2));
    }

    @Test
    void aReplayChangesNothingAndAnOlderEventNeverOverwritesANewerOne() {
        String key = adoptedChild("S-2", "2018-07");
        EventEnvelope received = request(key, 1, 1, "2024-12-02", null, null);
        EventEnvelope answered = request(key, 2, 1, "2024-12-02", "2024-12-05", null);
        EventEnvelope started = request(key, 3, 1, "2024-12-02", "2024-12-05", "2025-01-20");
        deliver(received, answered, started);
        Document stored = database.getCollection(NationalChildRecords.COLLECTION).find(Filters.eq("_id", key)).first();

        HttpApi.Reply replay = deliver(received, answered, started);
        assertThat(replay.json().get("acknowledged").size()).isEqualTo(3);
        assertThat(database.getCollection(NationalChildRecords.COLLECTION).find(Filters.eq("_id", key)).first())
                .isEqualTo(stored);

        // The request as it stood before its service started, delivered late: the newer state stands.
        deliver(answered);
        assertThat(journeyOf(YearMonth.parse("2018-07")).supportRequests()).containsExactly(
                new Journey.SupportRequest(Route.ADOPTION, LocalDate.parse("2024-12-02"),
                        LocalDate.parse("2024-12-05"), LocalDate.parse("2025-01-20")));
    }

    @Test
    void aLaterEventWaitsUntilTheOneBeforeItArrives() {
        String key = adoptedChild("S-3", "2017-01");
        HttpApi.Reply early = deliver(request(key, 2, 1, "2024-12-02", "2024-12-05", null));
        assertThat(early.json().get("waiting").size()).isEqualTo(1);
        assertThat(journeyOf(YearMonth.parse("2017-01")).supportRequests()).isEmpty();

        deliver(request(key, 1, 1, "2024-12-02", null, null), request(key, 2, 1, "2024-12-02", "2024-12-05", null));
        assertThat(journeyOf(YearMonth.parse("2017-01")).supportRequests()).extracting(
                Journey.SupportRequest::firstResponse).containsExactly(LocalDate.parse("2024-12-05"));
    }

    @Test
    void aSupportRequestShowsInTheNextFiguresRequest() {
        String darlington = new AuthorisationTable("outcomes-service").tokenFor(Role.PRACTITIONER, "841");
        String key = adoptedChild("S-4", "2016-05");
        long before = requestsIn2024To25(darlington);

        deliver(request(key, 1, 1, "2025-03-03", "2025-03-07", null));

        assertThat(requestsIn2024To25(darlington)).as("the pre-aggregated figures were told of the new request")
                .isEqualTo(before + 1);
    }

    /** Darlington's own count of support requests received in 2024-25, as its dashboard reads it (0 when none). */
    long requestsIn2024To25(String token) {
        var figures = new HttpApi(port).get("/api/outcomes/figures?indicator=support_timeliness&period=2024-25", token)
                .json();
        for (var row : figures.get("rows")) {
            if (row.get("place").get("code").asString().equals("841")) {
                return Long.parseLong(row.get("cells").get("requests").get("value").asString());
            }
        }
        return 0;
    }
}
