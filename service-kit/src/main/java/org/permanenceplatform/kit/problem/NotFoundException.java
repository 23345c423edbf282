package org.permanenceplatform.kit.problem;

/**
 * The record does not exist, or exists outside the caller's scope: the two are answered alike (404) so that
 * existence does not leak across local authorities.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String detail) {
        super(detail);
    }
}
