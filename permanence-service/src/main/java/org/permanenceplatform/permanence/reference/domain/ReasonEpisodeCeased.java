package org.permanenceplatform.permanence.reference.domain;

import java.util.Optional;

/**
 * Why an episode of care ended (SSDA903 field REC; valid list from the 903 validator's rule 149). The codes that end
 * a period of care in permanence name its route; the legacy SGO codes E43 and E44 are not on the current list and
 * are not accepted here.
 */
public enum ReasonEpisodeCeased implements DfeCode {
    E11("Adopted – application for adoption order unopposed"),
    E12("Adopted – consent dispensed with by the court"),
    E2("Died"),
    E3("Care taken over by another LA in the UK"),
    E4A("Returned home to parent(s)/relative(s)/other person with PR as part of care planning (not under SGO/RO/CAO)"),
    E4B("Returned home to parent(s)/relative(s)/other person with PR not as part of current care planning (not under "
            + "SGO/RO/CAO)"),
    E13("Left care to live with parent(s)/relative(s)/other person(s) with no PR"),
    E41("Residence order granted (from 22 April 2014: child arrangements order saying with whom the child lives)"),
    E45("SGO to former foster carer(s) who is/are relative(s) or friend(s)"),
    E46("SGO to former foster carer(s) other than relative/friend"),
    E47("SGO to carer(s) other than former foster carers who is/are relative/friend"),
    E48("SGO to carer(s) other than former foster carers, not relative/friend"),
    E5("Moved to independent living with formalised support (hostels, YMCA, foyers, staying close, care-leaver "
            + "projects)"),
    E6("Independent living with no formalised support"),
    E7("Transferred to residential care funded by adult social care"),
    E8("Ceased for any other reason"),
    E9("Sentenced to custody"),
    E14("Accommodation on remand ended"),
    E15("Age assessment found child 18+ where E5–E7 don't apply"),
    E16("Child moved abroad"),
    E17("Aged 18+ and remained with current carers (incl. Staying Put)"),
    X1("Episode ends and a new one starts the same day (continuing care)");

    private final String label;

    ReasonEpisodeCeased(String label) {
        this.label = label;
    }

    /** @throws IllegalArgumentException when the code is not on the DfE's reason episode ceased list */
    public static ReasonEpisodeCeased fromCode(String code) {
        return DfeCode.fromCode(ReasonEpisodeCeased.class, code, "reason episode ceased");
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The permanence route this ending achieved, if any. E41 counts as the kinship route (a lives-with child
     * arrangements order). E13 (to family without parental responsibility) and E17 (Staying Put) are not a route:
     * they are reported on their own, so they are left empty here rather than guessed into one.
     */
    public Optional<Route> route() {
        return Optional.ofNullable(switch (this) {
            case E11, E12 -> Route.ADOPTION;
            case E45, E46, E47, E48 -> Route.SPECIAL_GUARDIANSHIP;
            case E41 -> Route.KINSHIP;
            case E4A, E4B -> Route.RETURN_HOME;
            default -> null;
        });
    }

    /**
     * An SGO made to relatives or friends (E45, E47): kinship as a carer attribute on the SGO route. E41 is the
     * kinship route itself, not this attribute, so it answers false.
     */
    public boolean isKinship() {
        return this == E45 || this == E47;
    }
}
