package org.permanenceplatform.permanence.reference.api;

import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.permanence.assessment.domain.AssessmentOutcome;
import org.permanenceplatform.permanence.assessment.domain.AssessmentType;
import org.permanenceplatform.permanence.permanence.domain.OrderType;
import org.permanenceplatform.permanence.placement.domain.DistanceBand;
import org.permanenceplatform.permanence.placement.domain.EndKind;
import org.permanenceplatform.permanence.placement.domain.MoveKind;
import org.permanenceplatform.permanence.placement.domain.MoveStep;
import org.permanenceplatform.permanence.placement.domain.PurchaseRoute;
import org.permanenceplatform.permanence.reference.domain.DfeCode;
import org.permanenceplatform.permanence.reference.domain.LegalStatus;
import org.permanenceplatform.permanence.reference.domain.PlacementProvider;
import org.permanenceplatform.permanence.reference.domain.PlacementType;
import org.permanenceplatform.permanence.reference.domain.ReasonEpisodeCeased;
import org.permanenceplatform.permanence.reference.domain.ReasonForPlacementChange;
import org.permanenceplatform.permanence.reference.domain.Route;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The code lists a form offers (DfE codes valid today, routes, kinds), with their labels, so the UI never keeps a
 * copy of its own. No child data: any signed-in caller may read it.
 */
@RestController
class ReferenceResource {

    private final Clock clock;

    ReferenceResource(Clock clock) {
        this.clock = clock;
    }

    record Code(String code, String label) {
    }

    @GetMapping("/api/permanence/reference")
    Map<String, List<Code>> reference(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        Map<String, List<Code>> lists = new LinkedHashMap<>();
        lists.put("legalStatuses", dfe(LegalStatus.values()));
        lists.put("placementTypes", dfe(Arrays.stream(PlacementType.values())
                .filter(type -> type.validOn(today)).toArray(PlacementType[]::new)));
        lists.put("providers", dfe(PlacementProvider.values()));
        lists.put("reasonsForChange", dfe(ReasonForPlacementChange.values()));
        lists.put("reasonsCeased", dfe(ReasonEpisodeCeased.values()));
        lists.put("routes", named(Route.values(), Route::label));
        lists.put("assessmentTypes", named(Arrays.stream(AssessmentType.values()).filter(AssessmentType::forChild)
                .toArray(AssessmentType[]::new), AssessmentType::label));
        lists.put("assessmentOutcomes", named(AssessmentOutcome.values(), AssessmentOutcome::label));
        lists.put("orderTypes", named(OrderType.values(), OrderType::label));
        lists.put("distanceBands", named(DistanceBand.values(), DistanceBand::label));
        lists.put("purchaseRoutes", named(PurchaseRoute.values(), PurchaseRoute::label));
        lists.put("moveKinds", named(MoveKind.values(), MoveKind::label));
        lists.put("endKinds", named(EndKind.values(), EndKind::label));
        lists.put("moveSteps", named(MoveStep.values(), MoveStep::label));
        return lists;
    }

    private static List<Code> dfe(DfeCode[] codes) {
        return Arrays.stream(codes).map(code -> new Code(code.code(), code.code() + ": " + code.label())).toList();
    }

    private static <E extends Enum<E>> List<Code> named(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(value -> new Code(value.name(), label.apply(value))).toList();
    }
}
