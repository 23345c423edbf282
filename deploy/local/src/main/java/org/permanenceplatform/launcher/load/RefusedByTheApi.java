package org.permanenceplatform.launcher.load;

/**
 * The first call of a generated journey that the platform did not accept: the request as sent and the problem it
 * answered with, so that the generator (or the service) can be put right.
 */
public final class RefusedByTheApi extends RuntimeException {

    private final int status;

    RefusedByTheApi(String child, String method, String path, String body, int status, String problem) {
        super("Child " + child + ": " + method + " " + path + " " + body + " answered " + status + " " + problem);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
