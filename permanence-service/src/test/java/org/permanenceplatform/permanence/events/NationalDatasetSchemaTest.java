package org.permanenceplatform.permanence.events;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.events.EventFamily;
import org.permanenceplatform.kit.events.NationalDatasetGuard;
import org.permanenceplatform.kit.pseudonym.ChildKeys;
import org.permanenceplatform.kit.testing.TestKeys;
import org.permanenceplatform.permanence.child.ChildEvents;
import org.permanenceplatform.permanence.child.domain.Child;
import org.permanenceplatform.permanence.child.domain.ChildDetails;
import org.permanenceplatform.permanence.child.domain.Ethnicity;
import org.permanenceplatform.permanence.child.domain.Sex;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No {@code ncpd.*} event type can carry a name, a full date of birth, an address or postcode, or a local id: every
 * field of every national payload in the catalogue is checked, and so is an event as it is made.
 */
class NationalDatasetSchemaTest {

    @Test
    void noNationalPayloadHasAFieldThatCouldIdentifyAChild() {
        EventCatalogue.PAYLOADS.forEach((type, payload) -> {
            if (EventFamily.of(type) != EventFamily.NCPD) {
                return;
            }
            checkFields(type, payload);
        });
    }

    /** Every field, nested records and the records inside lists included; dates are allowed only of events. */
    private static void checkFields(String path, Class<?> payload) {
        for (RecordComponent field : payload.getRecordComponents()) {
            String name = path + "." + field.getName();
            assertThat(NationalDatasetGuard.isForbidden(field.getName())).as(name).isFalse();
            if (field.getType() == LocalDate.class) {
                assertThat(field.getName().toLowerCase()).as(name + " may not be a date of birth")
                        .doesNotContain("birth", "born", "dob");
            }
            Class<?> nested = field.getType();
            if (field.getGenericType() instanceof ParameterizedType list) {
                nested = (Class<?>) list.getActualTypeArguments()[0];
            }
            if (nested.isRecord()) {
                checkFields(name, nested);
            }
        }
    }

    @Test
    void theJourneyPayloadIsCheckedFieldByFieldDownToItsPlacements() {
        assertThat(EventCatalogue.PAYLOADS).containsKey(EventCatalogue.JOURNEY_CHANGED);
        assertThat(NationalDatasetGuard.isForbidden("carerName")).as("a carer's name may never be added").isTrue();
        assertThat(java.util.Arrays.stream(NcpdJourney.Placement.class.getRecordComponents())
                .map(RecordComponent::getName)).contains("type", "provider", "weeklyCost")
                .noneMatch(NationalDatasetGuard::isForbidden);
    }

    @Test
    void theGuardRecognisesIdentifyingFields() {
        assertThat(Arrays.asList("givenName", "familyName", "dateOfBirth", "dob", "postcode", "homeAddress",
                "localChildId", "localId", "upn")).allMatch(NationalDatasetGuard::isForbidden);
        assertThat(Arrays.asList("birthMonth", "region", "sex", "ethnicGroup", "route"))
                .noneMatch(NationalDatasetGuard::isForbidden);
    }

    @Test
    void aRecordedChildReachesTheNationalDatasetAsAKeyAMonthAndAGroupOnly() {
        Child child = Child.record("id-1", "840", new ChildDetails("DUR-0001", "Ava", "Taylor",
                LocalDate.of(2019, 3, 14), Sex.FEMALE, Ethnicity.WBRI), Instant.parse("2026-11-23T10:00:00Z"), "sam");
        EventEnvelope event = new ChildEvents(ChildKeys.fromBase64(TestKeys.PSEUDONYMISATION_KEY)).recorded(child, 1);

        assertThat(event.type()).isEqualTo(EventCatalogue.CHILD_RECORDED);
        assertThat(event.aggregateId()).isEqualTo(ChildKeys.fromBase64(TestKeys.PSEUDONYMISATION_KEY)
                .keyOf("840", "DUR-0001")).doesNotContain("DUR");
        assertThat(event.payload()).containsOnlyKeys("region", "sex", "ethnicGroup", "birthMonth", "disabled", "uasc")
                .containsEntry("birthMonth", "2019-03").containsEntry("ethnicGroup", "WHITE")
                .containsEntry("region", "E12000001");
        assertThat(event.payload().values().toString()).doesNotContain("Ava", "Taylor", "DUR-0001", "2019-03-14");
    }
}
