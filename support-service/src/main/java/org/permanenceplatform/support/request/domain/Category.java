package org.permanenceplatform.support.request.domain;

/** What a family asks for (DOMAIN.md, "Post-permanence support"). */
public enum Category {
    THERAPEUTIC("Therapeutic"),
    FINANCIAL("Financial"),
    CONTACT("Contact"),
    EDUCATION("Education"),
    RESPITE("Respite"),
    TRAINING("Training"),
    PEER_SUPPORT("Peer support"),
    CRISIS("Crisis");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
