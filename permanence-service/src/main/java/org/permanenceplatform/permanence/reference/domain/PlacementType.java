package org.permanenceplatform.permanence.reference.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The DfE placement type (SSDA903 field PLACE). The valid list changes between collection years, so each code
 * knows the days on which a new placement may use it: P2 (independent living) went on 28 October 2023, when
 * supported accommodation had to be registered; H5 went and Z1 was split into Z11 to Z14 from the 2025-26 return
 * (1 April 2025).
 *
 * <p>The meanings of Z11 to Z14 are not known yet: the 2025-26 guide that defines them has not been read. They are
 * labelled "Other placement (Z11)" and so on, as the old Z1 was "other placements", until someone reads it.
 */
public enum PlacementType implements DfeCode {
    A3("Placed for adoption with parental/guardian consent, with current foster carer(s) (s19 ACA 2002, or old "
            + "freeing order with consent s18(1)(a) AA 1976)"),
    A4("Placed for adoption with parental/guardian consent, not with current foster carer(s) (s19 ACA 2002, or old "
            + "freeing order with consent s18(1)(a) AA 1976)"),
    A5("Placed for adoption under placement order (s21 ACA 2002, or freeing order with consent dispensed), with "
            + "current foster carer(s)"),
    A6("Placed for adoption under placement order (s21 ACA 2002, or freeing order with consent dispensed), not with "
            + "current foster carer(s)"),
    H5("Semi-independent living not subject to children's homes regulations", null, Dates.RETURN_2025_26),
    K1("Secure children's home"),
    K2("Children's home subject to Children's Homes Regulations"),
    K3("Registered supported accommodation"),
    P1("Placed with own parent(s)/person with PR"),
    P2("Independent living (flat, lodgings, B&B…)", null, Dates.SUPPORTED_ACCOMMODATION_REGISTERED),
    P3("Residential employment"),
    R1("Residential care home"),
    R2("NHS/health trust or other medical/nursing establishment"),
    R3("Family centre or mother & baby unit"),
    R5("Young offender institution"),
    S1("Residential school (not dual-registered as children's home)"),
    T0("All types of temporary move"),
    T1("Temporary period in hospital"),
    T2("Temporary absence on holiday"),
    T3("Temporary accommodation while normal foster carer on holiday"),
    T4("Temporary accommodation of seven days or less not covered by T1–T3"),
    U1("Foster with relative/friend – long-term fostering"),
    U2("Foster with relative/friend who is also approved adopter – fostering for adoption (FFA)/concurrent planning"),
    U3("Foster with relative/friend – not long-term or FFA"),
    U4("Foster with other carer – long-term fostering"),
    U5("Foster with other carer who is approved adopter – FFA/concurrent planning"),
    U6("Foster with other carer – not long-term or FFA"),
    Z1("Other placements", null, Dates.RETURN_2025_26),
    Z11("Other placement (Z11)", Dates.RETURN_2025_26, null),
    Z12("Other placement (Z12)", Dates.RETURN_2025_26, null),
    Z13("Other placement (Z13)", Dates.RETURN_2025_26, null),
    Z14("Other placement (Z14)", Dates.RETURN_2025_26, null);

    /** Held apart because an enum's own static fields are not yet set while its constants are made. */
    private static final class Dates {
        static final LocalDate SUPPORTED_ACCOMMODATION_REGISTERED = LocalDate.of(2023, 10, 28);
        static final LocalDate RETURN_2025_26 = LocalDate.of(2025, 4, 1);
    }

    private final String label;
    private final LocalDate validFrom;
    private final LocalDate invalidFrom;

    PlacementType(String label) {
        this(label, null, null);
    }

    PlacementType(String label, LocalDate validFrom, LocalDate invalidFrom) {
        this.label = label;
        this.validFrom = validFrom;
        this.invalidFrom = invalidFrom;
    }

    /** @throws IllegalArgumentException when the code is not on any year's DfE placement type list */
    public static PlacementType fromCode(String code) {
        return DfeCode.fromCode(PlacementType.class, code, "placement type");
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether a placement starting on {@code date} may have this type. */
    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (invalidFrom == null || date.isBefore(invalidFrom));
    }

    /** The first day the code may be used, for a code that came in with a later return. */
    public Optional<LocalDate> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    /** The first day the code may no longer be used, for a retired code. */
    public Optional<LocalDate> invalidFrom() {
        return Optional.ofNullable(invalidFrom);
    }

    /** T0 to T4: a temporary move that does not count as a new placement in the stability indicators. */
    public boolean isTemporary() {
        return switch (this) {
            case T0, T1, T2, T3, T4 -> true;
            default -> false;
        };
    }

    /** A3 to A6: placed for adoption; the first of these ends the A10 clock. */
    public boolean isAdoptionPlacement() {
        return switch (this) {
            case A3, A4, A5, A6 -> true;
            default -> false;
        };
    }

    /** A5 and A6: placed for adoption under a placement order, so court authority to place must be in force. */
    public boolean needsCourtAuthorityToPlace() {
        return this == A5 || this == A6;
    }

    /** U1 to U6: foster placements, the base of the Staying Put indicator. */
    public boolean isFoster() {
        return switch (this) {
            case U1, U2, U3, U4, U5, U6 -> true;
            default -> false;
        };
    }

    /** U1 to U3: fostered by a relative, friend or other connected person. */
    public boolean isKinshipFoster() {
        return this == U1 || this == U2 || this == U3;
    }

    /** U1 and U4: long-term fostering, a permanence route once the match is ratified. */
    public boolean isLongTermFoster() {
        return this == U1 || this == U4;
    }

    /** Whether a provider code must be given: not for T0 to T3, nor for the "other" placements Z1 and Z11 to Z14. */
    public boolean providerRequired() {
        return switch (this) {
            case T0, T1, T2, T3, Z1, Z11, Z12, Z13, Z14 -> false;
            default -> true;
        };
    }
}
