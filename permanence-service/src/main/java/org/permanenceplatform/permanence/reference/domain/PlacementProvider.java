package org.permanenceplatform.permanence.reference.domain;

/**
 * Who provides a placement (SSDA903 field PLACE_PROVIDER). Which providers go with which placement types is a
 * placement rule, not a property of the code.
 */
public enum PlacementProvider implements DfeCode {
    PR0("Parent(s)/person with PR"),
    PR1("Own LA provision (incl. RAA where the child's LA hosts it)"),
    PR2("Other LA provision (incl. RAA hosted by another LA)"),
    PR3("Other public provision"),
    PR4("Private provision"),
    PR5("Voluntary/third sector");

    private final String label;

    PlacementProvider(String label) {
        this.label = label;
    }

    /** @throws IllegalArgumentException when the code is not on the DfE's placement provider list */
    public static PlacementProvider fromCode(String code) {
        return DfeCode.fromCode(PlacementProvider.class, code, "placement provider");
    }

    @Override
    public String label() {
        return label;
    }
}
