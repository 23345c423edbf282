package org.permanenceplatform.outcomes.indicator.api;

import org.permanenceplatform.kit.problem.NotFoundException;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorCatalogue;
import org.permanenceplatform.outcomes.indicator.domain.IndicatorDefinition;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * What each indicator means, machine-readable: the definitions every figure is computed by, so an LA, a board and
 * the public read the same words. No figures and no child data: any signed-in caller may read them.
 */
@RestController
@RequestMapping("/api/outcomes/indicators")
class IndicatorResource {

    private final IndicatorCatalogue catalogue;

    IndicatorResource(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** @param threshold days, judged on the 3-year rolling mean; null where the indicator has none */
    record Definition(String id, String title, String unit, String numerator, String denominator, String method,
                      List<String> measures, Integer threshold) {

        static Definition of(IndicatorDefinition definition) {
            return new Definition(definition.id(), definition.title(), definition.unit(), definition.numerator(),
                    definition.denominator(), definition.method(), definition.measures(),
                    definition.threshold().orElse(null));
        }
    }

    @GetMapping
    List<Definition> definitions(CurrentUser user) {
        return catalogue.definitions().stream().map(Definition::of).toList();
    }

    @GetMapping("/{id}")
    Definition definition(CurrentUser user, @PathVariable String id) {
        return catalogue.find(id).map(indicator -> Definition.of(indicator.definition()))
                .orElseThrow(() -> new NotFoundException("No indicator " + id));
    }
}
