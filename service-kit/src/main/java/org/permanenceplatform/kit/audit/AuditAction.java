package org.permanenceplatform.kit.audit;

/** What was done to a record. */
public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DELETE
}
