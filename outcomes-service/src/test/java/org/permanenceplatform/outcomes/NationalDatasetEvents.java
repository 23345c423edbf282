package org.permanenceplatform.outcomes;

import org.permanenceplatform.kit.events.EventBatch;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.pseudonym.ChildKeys;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.TestKeys;
import org.permanenceplatform.kit.testing.TestTokens;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The national dataset's events as permanence-service sends them (docs/api/events.md): child keys made the way the
 * producer makes them, {@code ncpd.child.recorded} and {@code ncpd.journey.changed} payloads with dates as ISO
 * strings and amounts as decimal strings, delivered over {@code POST /events/v1} with a relay's service token.
 */
public final class NationalDatasetEvents {

    private static final ChildKeys KEYS = ChildKeys.fromBase64(TestKeys.PSEUDONYMISATION_KEY);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant OCCURRED = Instant.parse("2026-11-23T10:00:00Z");

    private final List<EventEnvelope> events = new ArrayList<>();

    /** The child key permanence-service would send for this LA's child: 43 characters of base64url. */
    public static String childKey(String la, String localChildId) {
        return KEYS.keyOf(la, localChildId);
    }

    /** A child recorded (sequence 1) and its journey (sequence 2), as one child's first two events. */
    public NationalDatasetEvents child(String key, String la, String region, String birthMonth,
                                       Map<String, Object> journey) {
        events.add(EventEnvelope.of("ncpd.child.recorded", 1, OCCURRED, "permanence-service", key, 1, la,
                Map.of("region", region, "sex", "FEMALE", "ethnicGroup", "WHITE", "birthMonth", birthMonth,
                        "disabled", false, "uasc", false)));
        events.add(EventEnvelope.of("ncpd.journey.changed", 1, OCCURRED, "permanence-service", key, 2, la, journey));
        return this;
    }

    /** A later change to a child's journey, sent whole, as the child's {@code sequence}-th event. */
    public NationalDatasetEvents journeyChanged(String key, String la, long sequence, Map<String, Object> journey) {
        events.add(EventEnvelope.of("ncpd.journey.changed", 1, OCCURRED, "permanence-service", key, sequence, la,
                journey));
        return this;
    }

    /** Delivers every event written so far in one batch and checks that all were applied. */
    /**
     * {@code children} children of the LA, entered care on {@code entered}, placed for adoption on 1 June 2024 and
     * adopted on 1 October 2024: the A10 cohort the figures and export tests share.
     */
    public NationalDatasetEvents adoptions(String la, String region, int children, String entered) {
        for (int i = 0; i < children; i++) {
            child(childKey(la, "child-" + i), la, region, "2021-01", adopted(entered, "2024-06-01", "2024-10-01"));
        }
        return this;
    }

    /** A regional board member's token for a region's ONS code or a configured grouping's id. */
    public static String boardToken(String grouping) {
        return new org.permanenceplatform.kit.testing.TestTokens("outcomes-service").sign(claims -> claims
                .subject("board@" + grouping).claim("roles", List.of("REGIONAL_BOARD")).claim("region", grouping));
    }

    public void deliver(int port) {
        String token = new TestTokens("outcomes-service").sign(claims -> claims
                .subject("service:permanence-service").claim("scope", "events:write").claim("las", List.of("*")));
        HttpApi.Reply reply = new HttpApi(port).post("/events/v1", token,
                JSON.writeValueAsString(new EventBatch(events)));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("acknowledged").size()).as(reply.toString()).isEqualTo(events.size());
        events.clear();
    }

    /**
     * The journey of a child adopted from care: entered care, fostered (U3), placed for adoption (A4) with new
     * carers, adopted (E11) on the day of the adoption order. A10 counts {@code placedForAdoption - entered} days.
     */
    public static Map<String, Object> adopted(String entered, String placedForAdoption, String adopted) {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("number", 1);
        period.put("entered", entered);
        period.put("ageBandAtEntry", "1 to 4");
        period.put("legalStatuses", List.of(Map.of("from", entered, "code", "C2"),
                Map.of("from", placedForAdoption, "code", "E1")));
        period.put("ended", adopted);
        period.put("reasonCeased", "E11");
        period.put("plan", List.of(Map.of("decided", entered, "primaryRoute", "ADOPTION")));
        period.put("placements", List.of(
                placement(1, entered, placedForAdoption, "U3", "450.00"),
                placement(2, placedForAdoption, adopted, "A4", null)));
        period.put("permanence", Map.of("route", "ADOPTION", "date", adopted, "orderType", "ADOPTION_ORDER",
                "kinshipCarers", false));
        return Map.of("periods", List.of(period), "education", List.of());
    }

    private static Map<String, Object> placement(int number, String start, String end, String type, String cost) {
        Map<String, Object> placement = new LinkedHashMap<>();
        placement.put("number", number);
        placement.put("start", start);
        placement.put("end", end);
        placement.put("type", type);
        placement.put("provider", "PR1");
        placement.put("kinship", false);
        placement.put("sameCarersAsPrevious", false);
        if (cost != null) {
            placement.put("weeklyCost", cost);
            placement.put("purchaseRoute", "IN_HOUSE");
        }
        placement.put("endKind", "PLANNED_MOVE");
        return placement;
    }
}
