package org.permanenceplatform.generator.carers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One approved carer household of an LA's register on the "as of" day: what kind of carers (FOSTER, KINSHIP for
 * relatives and friends approved as foster carers, ADOPTIVE), who approved them (the SSDA903 provider: PR1 the LA,
 * PR2 another adoption agency, PR4 a private agency, PR5 another LA), when, for how many children, and how many
 * children were placed with them that day.
 */
public record Carer(String laCode, String carerId, String kind, String provider, LocalDate approved,
                    int approvedPlaces, int placed) {

    public Carer {
        if (placed < 0 || placed > approvedPlaces) {
            throw new IllegalArgumentException(carerId + ": " + placed + " placed in " + approvedPlaces + " places");
        }
    }

    public int vacancies() {
        return approvedPlaces - placed;
    }

    /** The carers.jsonl line. */
    public Map<String, Object> toJson() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("la", laCode);
        line.put("carerId", carerId);
        line.put("kind", kind);
        line.put("provider", provider);
        line.put("approved", approved.toString());
        line.put("approvedPlaces", approvedPlaces);
        line.put("placed", placed);
        line.put("vacancies", vacancies());
        return line;
    }
}
