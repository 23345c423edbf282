package org.permanenceplatform.kit.events;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses an {@code ncpd.*} event whose payload names a field that could identify a child: a name, a full date of
 * birth, an address or postcode, or a local identifier. (Typed payloads are checked at build time by the catalogue
 * schema test; this is the last guard before anything is written to an outbox.)
 */
public final class NationalDatasetGuard {

    private static final Pattern FORBIDDEN = Pattern.compile(
            ".*(name|dateofbirth|birthdate|dob|postcode|address|localid|localchildid|upn|nhsnumber).*");
    private static final Set<String> ALLOWED = Set.of("birthmonth");

    private NationalDatasetGuard() {
    }

    public static void check(EventEnvelope event) {
        if (event.family() != EventFamily.NCPD) {
            return;
        }
        checkFields(event.type(), event.payload());
    }

    private static void checkFields(String type, Map<String, Object> fields) {
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (isForbidden(field.getKey())) {
                throw new IllegalArgumentException(type + " is a national dataset event and may not carry "
                        + field.getKey());
            }
            if (field.getValue() instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                checkFields(type, inner);
            }
        }
    }

    /** Whether a field of this name may never appear in the national dataset. */
    public static boolean isForbidden(String fieldName) {
        String name = fieldName.toLowerCase(Locale.ROOT).replace("_", "");
        return !ALLOWED.contains(name) && FORBIDDEN.matcher(name).matches();
    }
}
