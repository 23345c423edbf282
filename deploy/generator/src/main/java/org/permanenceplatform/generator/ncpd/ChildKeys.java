package org.permanenceplatform.generator.ncpd;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * The national dataset's child key, computed as service-kit's {@code ChildKeys} does (HMAC-SHA-256 of the LA code, a
 * unit separator and the local child id, base64url without padding; docs/api/events.md), so that a generated
 * stream is keyed as the services would key the same children with the same secret.
 */
public final class ChildKeys {

    /** The secret a run uses unless given one: only for synthetic data, never a deployment's. */
    public static final String SYNTHETIC_SECRET =
            Base64.getEncoder().encodeToString("synthetic-data-only-not-a-secret!".getBytes(StandardCharsets.UTF_8));

    private final SecretKeySpec secret;

    public ChildKeys(String base64Secret) {
        byte[] bytes = Base64.getDecoder().decode(base64Secret.trim());
        if (bytes.length < 32) {
            throw new IllegalArgumentException("the pseudonymisation secret must be at least 32 bytes");
        }
        this.secret = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public String keyOf(String laCode, String localChildId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] digest = mac.doFinal((laCode + "\u001f" + localChildId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
