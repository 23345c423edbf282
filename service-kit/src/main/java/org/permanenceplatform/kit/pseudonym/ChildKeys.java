package org.permanenceplatform.kit.pseudonym;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;

/**
 * The national dataset's child key: HMAC-SHA-256, with a secret the deployment holds, of the LA code and the LA's
 * local child id. The same child always gets the same key; without the secret the key cannot be traced back to the
 * child; a new secret re-keys the whole dataset when the events are replayed.
 */
public final class ChildKeys {

    private static final String ALGORITHM = "HmacSHA256";
    public static final int MINIMUM_SECRET_BYTES = 32;

    private final SecretKeySpec secret;

    public ChildKeys(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("the pseudonymisation secret must be at least "
                    + MINIMUM_SECRET_BYTES + " bytes");
        }
        this.secret = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** From the base64 form in which deployments hold the secret. */
    public static ChildKeys fromBase64(String secret) {
        return new ChildKeys(Base64.getDecoder().decode(secret.trim()));
    }

    /** 43 URL-safe characters. */
    public String keyOf(String laCode, String localChildId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            byte[] digest = mac.doFinal((laCode + "\u001f" + localChildId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
