package org.permanenceplatform.kit.audit;

/** A record in an answer, as the audit log names it. */
public interface AuditSubject {

    String auditId();

    /** The LA whose record it is. */
    String auditLa();
}
