package org.permanenceplatform.gateway.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;

/**
 * The gateway's own append-only audit log ({@code gateway.audit}): every sign-in attempt, whatever its outcome.
 * Written off the event loop.
 */
@Component
public class GatewayAudit {

    public static final String COLLECTION = "audit";

    public enum Action { SIGN_IN_SUCCEEDED, SIGN_IN_FAILED, SIGN_IN_REFUSED_LOCKED, SIGNED_OUT }

    private final MongoCollection<Document> audit;
    private final Clock clock;

    public GatewayAudit(MongoDatabase database, Clock clock) {
        this.audit = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    public Mono<Void> record(Action action, String username, ServerWebExchange exchange) {
        Document row = new Document("_id", UUID.randomUUID().toString())
                .append("at", Date.from(clock.instant()))
                .append("service", "gateway")
                .append("action", action.name())
                .append("actor", username)
                .append("address", Optional.ofNullable(exchange.getRequest().getRemoteAddress())
                        .map(InetSocketAddress::getHostString).orElse(null))
                .append("correlationId", exchange.getAttribute(CorrelationIdWebFilter.ATTRIBUTE));
        return Mono.fromRunnable(() -> audit.insertOne(row)).subscribeOn(Schedulers.boundedElastic()).then();
    }
}
