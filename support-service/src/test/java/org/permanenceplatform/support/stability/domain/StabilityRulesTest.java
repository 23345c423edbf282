package org.permanenceplatform.support.stability.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.support.request.domain.Category;
import org.permanenceplatform.support.request.domain.Requester;
import org.permanenceplatform.support.request.domain.SupportRequest;
import org.permanenceplatform.support.request.domain.Urgency;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The risk flags that requests raise by themselves: a crisis, and three requests within 90 days. */
class StabilityRulesTest {

    static final LocalDate FIRST = LocalDate.of(2026, 1, 10);

    static SupportRequest on(LocalDate day, Category category) {
        return SupportRequest.received(UUID.randomUUID().toString(), day, Requester.FAMILY, category,
                Urgency.ROUTINE, null, "sam");
    }

    static List<RiskFlag> arriving(List<SupportRequest> earlier, List<RiskFlag> flags, SupportRequest request) {
        return StabilityRules.raisedBy(earlier, flags, request, () -> "flag");
    }

    @Test
    void aCrisisRequestRaisesAFlagByItself() {
        assertThat(arriving(List.of(), List.of(), on(FIRST, Category.CRISIS)))
                .singleElement().satisfies(flag -> {
                    assertThat(flag.reason()).isEqualTo(RiskReason.CRISIS_REQUEST);
                    assertThat(flag.raisedBy()).isEqualTo(RiskFlag.RULES);
                    assertThat(flag.raised()).isEqualTo(FIRST);
                });
        assertThat(arriving(List.of(), List.of(), on(FIRST, Category.RESPITE))).isEmpty();
    }

    @Test
    void aThirdRequestEightyNineDaysAfterTheFirstIsWithinTheNinetyDayWindow() {
        List<SupportRequest> earlier = List.of(on(FIRST, Category.CONTACT), on(FIRST.plusDays(30), Category.RESPITE));
        assertThat(arriving(earlier, List.of(), on(FIRST.plusDays(89), Category.EDUCATION)))
                .singleElement().satisfies(flag -> assertThat(flag.reason()).isEqualTo(RiskReason.REPEATED_REQUESTS));
    }

    @Test
    void aThirdRequestNinetyDaysAfterTheFirstIsOutsideTheWindow() {
        List<SupportRequest> earlier = List.of(on(FIRST, Category.CONTACT), on(FIRST.plusDays(30), Category.RESPITE));
        assertThat(arriving(earlier, List.of(), on(FIRST.plusDays(90), Category.EDUCATION))).isEmpty();
    }

    @Test
    void twoRequestsAreNotEnough() {
        assertThat(arriving(List.of(on(FIRST, Category.CONTACT)), List.of(), on(FIRST.plusDays(1), Category.RESPITE)))
                .isEmpty();
    }

    @Test
    void aFourthRequestInTheSameWindowDoesNotRaiseTheSameFlagAgain() {
        List<SupportRequest> earlier = List.of(on(FIRST, Category.CONTACT), on(FIRST.plusDays(1), Category.RESPITE),
                on(FIRST.plusDays(2), Category.TRAINING));
        List<RiskFlag> flags = List.of(new RiskFlag("f1", RiskReason.REPEATED_REQUESTS, FIRST.plusDays(2),
                RiskFlag.RULES, "3 requests"));
        assertThat(arriving(earlier, flags, on(FIRST.plusDays(3), Category.EDUCATION))).isEmpty();
    }

    @Test
    void aCrisisThatIsAlsoTheThirdRequestRaisesBothFlags() {
        List<SupportRequest> earlier = List.of(on(FIRST, Category.CONTACT), on(FIRST.plusDays(1), Category.RESPITE));
        assertThat(arriving(earlier, List.of(), on(FIRST.plusDays(2), Category.CRISIS))).extracting(RiskFlag::reason)
                .containsExactly(RiskReason.CRISIS_REQUEST, RiskReason.REPEATED_REQUESTS);
    }
}
