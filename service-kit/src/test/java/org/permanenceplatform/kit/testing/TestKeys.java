package org.permanenceplatform.kit.testing;

/** Secrets for tests only (never used by a deployment, which takes its own from the environment). */
public final class TestKeys {

    /** 32 bytes, base64: the pseudonymisation secret of every test. */
    public static final String PSEUDONYMISATION_KEY = "dGVzdC1vbmx5LXBzZXVkb255bWlzYXRpb24ta2V5ISE=";

    private TestKeys() {
    }
}
