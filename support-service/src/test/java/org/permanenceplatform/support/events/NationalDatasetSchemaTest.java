package org.permanenceplatform.support.events;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.events.EventFamily;
import org.permanenceplatform.kit.events.NationalDatasetGuard;
import org.permanenceplatform.kit.pseudonym.ChildKeys;
import org.permanenceplatform.kit.testing.TestKeys;
import org.permanenceplatform.support.plan.domain.FundingSource;
import org.permanenceplatform.support.plan.domain.PlannedService;
import org.permanenceplatform.support.plan.domain.SupportPlan;
import org.permanenceplatform.support.request.domain.Category;
import org.permanenceplatform.support.request.domain.Requester;
import org.permanenceplatform.support.request.domain.SupportRequest;
import org.permanenceplatform.support.request.domain.SupportStandards;
import org.permanenceplatform.support.request.domain.Urgency;
import org.permanenceplatform.support.stability.domain.Breakdown;
import org.permanenceplatform.support.supportcase.domain.Household;
import org.permanenceplatform.support.supportcase.domain.Permanence;
import org.permanenceplatform.support.supportcase.domain.Route;
import org.permanenceplatform.support.supportcase.domain.SupportCase;
import org.permanenceplatform.support.supportcase.domain.SupportRecord;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No {@code ncpd.*} type support-service emits can carry a name, a full date of birth, an address or a local id:
 * every field of every payload in the catalogue is checked, and so are the events a change emits.
 */
class NationalDatasetSchemaTest {

    static final ChildKeys KEYS = ChildKeys.fromBase64(TestKeys.PSEUDONYMISATION_KEY);
    static final SupportEvents EVENTS = new SupportEvents(KEYS, new SupportStandards(5, 1, 28, 56, 3));
    static final LocalDate ORDER = LocalDate.of(2025, 9, 1);

    @Test
    void noNationalPayloadHasAFieldThatCouldIdentifyAChild() {
        assertThat(EventCatalogue.PAYLOADS).isNotEmpty();
        EventCatalogue.PAYLOADS.forEach((type, payload) -> {
            assertThat(EventFamily.of(type)).as(type).isEqualTo(EventFamily.NCPD);
            checkFields(type, payload);
        });
    }

    private static void checkFields(String path, Class<?> payload) {
        for (RecordComponent field : payload.getRecordComponents()) {
            String name = path + "." + field.getName();
            assertThat(NationalDatasetGuard.isForbidden(field.getName())).as(name).isFalse();
            assertThat(field.getName().toLowerCase()).as(name + " may not be a date of birth or an id")
                    .doesNotContain("birth", "born", "dob", "id");
            Class<?> nested = field.getGenericType() instanceof ParameterizedType list
                    ? (Class<?>) list.getActualTypeArguments()[0] : field.getType();
            if (nested.isRecord()) {
                checkFields(name, nested);
            }
        }
    }

    static SupportCase family(SupportRecord record) {
        return new SupportCase(SupportCase.idOf("840", "DUR-0042"), "840", "DUR-0042", "Mia", "Hughes",
                LocalDate.of(2018, 5, 4), new Household(List.of(new Household.Adult("Ann Hughes", "grandmother")),
                "1 High Street, Durham DH1 1AA"), List.of(new Permanence("p1", Route.SPECIAL_GUARDIANSHIP, ORDER,
                "SPECIAL_GUARDIANSHIP_ORDER")), record, 1, Instant.parse("2026-01-01T00:00:00Z"), "sam");
    }

    @Test
    void aChangeSendsOnlyWhatChangedKeyedByTheChildKeyAndNamingNoOne() {
        SupportRequest request = SupportRequest.received("r1", LocalDate.of(2026, 2, 2), Requester.SCHOOL,
                Category.EDUCATION, Urgency.ROUTINE, "Mia is struggling at school", "sam");
        SupportCase before = family(SupportRecord.EMPTY.withRequests(List.of(request)));
        PlannedService service = new PlannedService("s1", "r1", "Therapy Ltd", "Play therapy",
                LocalDate.of(2026, 3, 1), null, new BigDecimal("120.50"),
                FundingSource.ADOPTION_AND_SPECIAL_GUARDIANSHIP_SUPPORT_FUND);
        SupportCase after = before.withRecord(before.record()
                .changeRequest("r1", "requestId", r -> r.serviceStartsOn(service.start()))
                .withPlans(List.of(SupportPlan.agreed("p1", null, LocalDate.of(2026, 2, 20), null)
                        .withService(service)))
                .withBreakdowns(List.of(new Breakdown("b1", LocalDate.of(2026, 4, 1), true, "Moved out", "sam"))));

        List<EventEnvelope> events = EVENTS.changed(before, after, Instant.parse("2026-04-02T09:00:00Z"), () -> 7);

        assertThat(events).extracting(EventEnvelope::type).containsExactly(EventCatalogue.REQUEST_CHANGED,
                EventCatalogue.SERVICE_CHANGED, EventCatalogue.BREAKDOWN_RECORDED);
        assertThat(events).extracting(EventEnvelope::sequence).containsExactly(7L, 8L, 9L);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.aggregateId()).isEqualTo(KEYS.keyOf("840", "DUR-0042"));
            assertThat(event.producer()).isEqualTo("support-service");
            assertThat(event.payload().toString()).doesNotContain("Mia", "Hughes", "DUR-0042", "2018-05-04",
                    "High Street", "Therapy Ltd", "r1", "s1", "b1");
            NationalDatasetGuard.check(event);
        });
        assertThat(events.get(0).payload()).containsEntry("number", 1).containsEntry("received", "2026-02-02")
                .containsEntry("serviceStarted", "2026-03-01").containsEntry("firstResponseStandardDays", 5)
                .containsEntry("route", "SPECIAL_GUARDIANSHIP").doesNotContainKey("firstResponse");
        assertThat(events.get(1).payload()).containsEntry("weeklyCost", "120.50").containsEntry("requestNumber", 1)
                .containsEntry("fundingSource", "ADOPTION_AND_SPECIAL_GUARDIANSHIP_SUPPORT_FUND");
        assertThat(events.get(2).payload()).containsEntry("cameBackIntoCare", true)
                .containsEntry("permanenceDate", "2025-09-01");
    }

    @Test
    void aChangeTheNationalDatasetCannotSeeSendsNothing() {
        SupportCase before = family(SupportRecord.EMPTY);
        assertThat(EVENTS.changed(before, before.withRecord(SupportRecord.EMPTY), Instant.now(), () -> {
            throw new AssertionError("no sequence is needed when nothing is sent");
        })).isEmpty();
    }
}
