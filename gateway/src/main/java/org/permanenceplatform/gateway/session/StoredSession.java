package org.permanenceplatform.gateway.session;

import org.springframework.session.MapSession;
import org.springframework.session.Session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A session as the gateway's database holds it: Spring Session's {@link MapSession} for the values, plus the id it
 * is stored under, so that saving knows whether to insert it, update it, or move it to a new id after sign-in.
 * Expiry is judged by the gateway's clock.
 */
final class StoredSession implements Session {

    private final MapSession values;
    private final Clock clock;
    private String storedId;

    private StoredSession(MapSession values, Clock clock, String storedId) {
        this.values = values;
        this.clock = clock;
        this.storedId = storedId;
    }

    /** A session not stored yet. */
    static StoredSession fresh(MapSession values, Clock clock) {
        return new StoredSession(values, clock, null);
    }

    /** A session read back from the store. */
    static StoredSession stored(MapSession values, Clock clock) {
        return new StoredSession(values, clock, values.getId());
    }

    /** The id the store holds this session under; none until it is first saved. */
    String storedId() {
        return storedId;
    }

    void savedAs(String id) {
        this.storedId = id;
    }

    /** When this session expires if it is not used before; none for a session that never expires. */
    Instant expiresAt() {
        Duration idle = values.getMaxInactiveInterval();
        return idle.isNegative() ? null : values.getLastAccessedTime().plus(idle);
    }

    @Override
    public String getId() {
        return values.getId();
    }

    @Override
    public String changeSessionId() {
        return values.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
        return values.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
        return values.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
        values.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
        values.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
        return values.getCreationTime();
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        values.setLastAccessedTime(lastAccessedTime);
    }

    @Override
    public Instant getLastAccessedTime() {
        return values.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        values.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return values.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        Instant expiresAt = expiresAt();
        return expiresAt != null && !clock.instant().isBefore(expiresAt);
    }
}
