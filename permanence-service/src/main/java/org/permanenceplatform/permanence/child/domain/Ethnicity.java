package org.permanenceplatform.permanence.child.domain;

/** The 20 SSDA903 ethnicity codes (validation rule 103), each with its major group for national reporting. */
public enum Ethnicity {
    WBRI("White British", MajorGroup.WHITE),
    WIRI("White Irish", MajorGroup.WHITE),
    WIRT("Traveller of Irish heritage", MajorGroup.WHITE),
    WOTH("Any other White background", MajorGroup.WHITE),
    WROM("Gypsy/Roma", MajorGroup.WHITE),
    MWBC("White and Black Caribbean", MajorGroup.MIXED),
    MWBA("White and Black African", MajorGroup.MIXED),
    MWAS("White and Asian", MajorGroup.MIXED),
    MOTH("Any other mixed background", MajorGroup.MIXED),
    AIND("Indian", MajorGroup.ASIAN),
    APKN("Pakistani", MajorGroup.ASIAN),
    ABAN("Bangladeshi", MajorGroup.ASIAN),
    AOTH("Any other Asian background", MajorGroup.ASIAN),
    BCRB("Caribbean", MajorGroup.BLACK),
    BAFR("African", MajorGroup.BLACK),
    BOTH("Any other Black background", MajorGroup.BLACK),
    CHNE("Chinese", MajorGroup.OTHER),
    OOTH("Any other ethnic group", MajorGroup.OTHER),
    REFU("Refused", MajorGroup.NOT_RECORDED),
    NOBT("Information not yet obtained", MajorGroup.NOT_RECORDED);

    /** The major ethnic groups used by the published children looked after statistics. */
    public enum MajorGroup { WHITE, MIXED, ASIAN, BLACK, OTHER, NOT_RECORDED }

    private final String label;
    private final MajorGroup majorGroup;

    Ethnicity(String label, MajorGroup majorGroup) {
        this.label = label;
        this.majorGroup = majorGroup;
    }

    public String label() {
        return label;
    }

    public MajorGroup majorGroup() {
        return majorGroup;
    }
}
