package org.permanenceplatform.kit.events;

import java.util.Set;

/** A receiving service's action for some event types. Each must be idempotent and keep order (see InOrder). */
public interface EventHandler {

    Set<String> types();

    Applied apply(EventEnvelope event);
}
