package org.permanenceplatform.kit.events;

/**
 * Where a relay gets the service token ({@code sub service:<name>}, scope {@code events:write}) for a receiver.
 * An interface because the source differs by deployment: the gateway's token endpoint on the platform, a test
 * signer in tests.
 */
public interface ServiceTokens {

    String tokenFor(String audience);
}
