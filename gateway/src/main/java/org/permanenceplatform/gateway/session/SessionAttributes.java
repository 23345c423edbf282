package org.permanenceplatform.gateway.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A session's attributes as bytes, by Java serialisation: what Spring Security keeps in a session (the security
 * context with its authentication and principal, an OIDC sign-in in progress) is serialisable by design. Reading back
 * accepts only the classes such attributes are made of, so a document tampered with in the database cannot make the
 * gateway build arbitrary objects.
 */
final class SessionAttributes {

    /** The JDK's own value types, Spring Security's classes, the gateway's principals, and nothing else. */
    static final ObjectInputFilter ALLOWED = ObjectInputFilter.Config.createFilter(String.join(";",
            "maxdepth=20", "maxrefs=10000", "maxarray=10000", "maxbytes=1048576",
            "java.lang.*", "java.util.*", "java.time.*", "java.net.URL", "java.net.URI",
            "org.springframework.security.**",
            "org.permanenceplatform.gateway.user.*",
            // Nested claims of an OIDC token, as the JOSE library parses them.
            "com.nimbusds.jose.shaded.gson.internal.LinkedTreeMap",
            "com.nimbusds.jose.shaded.gson.internal.LinkedTreeMap$*",
            "!*"));

    private SessionAttributes() {
    }

    static byte[] write(Map<String, Object> attributes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new LinkedHashMap<>(attributes));
        } catch (IOException e) {
            throw new UncheckedIOException("A session attribute cannot be stored: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * @throws UnreadableSession when the bytes hold a class outside {@link #ALLOWED}, or one written by another
     *                           version of it (after an upgrade of Spring Security, say)
     */
    static Map<String, Object> read(byte[] stored) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(stored))) {
            in.setObjectInputFilter(ALLOWED);
            @SuppressWarnings("unchecked")
            Map<String, Object> attributes = (Map<String, Object>) in.readObject();
            return attributes;
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new UnreadableSession(e);
        }
    }

    /** Stored attributes that this gateway cannot, or will not, read back. */
    static final class UnreadableSession extends RuntimeException {
        UnreadableSession(Exception cause) {
            super(cause.toString(), cause);
        }
    }
}
