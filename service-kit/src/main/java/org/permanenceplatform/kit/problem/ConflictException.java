package org.permanenceplatform.kit.problem;

/** The change clashes with the stored state: a duplicate business key, or a stale version (409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
