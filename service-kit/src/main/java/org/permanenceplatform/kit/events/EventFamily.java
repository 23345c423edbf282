package org.permanenceplatform.kit.events;

/**
 * {@code la.*} events carry local identifiers and stay inside the LA's trust boundary; {@code ncpd.*} events are
 * pseudonymised for the national child permanence dataset and never carry a name, a full date of birth, an address,
 * a postcode or a local id.
 */
public enum EventFamily {
    LA("la"),
    NCPD("ncpd");

    private final String prefix;

    EventFamily(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public static EventFamily of(String type) {
        for (EventFamily family : values()) {
            if (type.startsWith(family.prefix + ".")) {
                return family;
            }
        }
        throw new IllegalArgumentException("event type " + type + " belongs to no family");
    }
}
