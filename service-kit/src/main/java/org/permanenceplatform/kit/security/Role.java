package org.permanenceplatform.kit.security;

/** The roles of DOMAIN.md, each with the kind of scope its token must carry. */
public enum Role {
    PRACTITIONER(ScopeKind.LA),
    TEAM_MANAGER(ScopeKind.LA),
    DECISION_MAKER(ScopeKind.LA),
    IRO(ScopeKind.LA),
    RAA_WORKER(ScopeKind.LA),
    VIRTUAL_SCHOOL(ScopeKind.LA),
    SUPPORT_WORKER(ScopeKind.LA),
    PROVIDER(ScopeKind.PROVIDER),
    REGIONAL_BOARD(ScopeKind.REGION),
    NATIONAL_BOARD(ScopeKind.NATIONAL),
    ADMIN(ScopeKind.NATIONAL);

    /** What a token holding the role must say about where the holder works. */
    public enum ScopeKind {
        /** an {@code la} claim: one local authority (for an RAA worker, the LA the agency acts for) */
        LA,
        /** a {@code provider} claim */
        PROVIDER,
        /** a {@code region} claim: a DfE region or a configured board grouping */
        REGION,
        /** no place: the whole country */
        NATIONAL
    }

    private final ScopeKind scopeKind;

    Role(ScopeKind scopeKind) {
        this.scopeKind = scopeKind;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    /** Boards see only aggregated, disclosure-controlled figures, never a child's record. */
    public boolean isBoard() {
        return this == REGIONAL_BOARD || this == NATIONAL_BOARD;
    }
}
