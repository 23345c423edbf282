package org.permanenceplatform.kit.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler whose successful answer is written to the audit log before it is sent: every read of a child's
 * identifiable record and every change. The answer's body names the records ({@link AuditSubject}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Audited {

    /** What kind of record, e.g. {@code child}. */
    String resource();

    AuditAction action();
}
