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

    public enum Action { SIGN_IN_SUCCEEDED, SIGN_IN_FAILED, SIGN_IN_REFUSED_LOCKED, SIGNED_OUT, USER_CREATED,
        USER_ENABLED, USER_DISABLED }

    /** A row of the gateway's audit, as the admin search shows it. */
    public record Row(java.time.Instant at, String service, String actor, String action, String subject,
                      String correlationId) {
    }

    private final MongoCollection<Document> audit;
    private final Clock clock;

    public GatewayAudit(MongoDatabase database, Clock clock) {
        this.audit = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    public Mono<Void> record(Action action, String username, ServerWebExchange exchange) {
        return record(action, username, null, exchange);
    }

    /** An action by {@code username} on another user ({@code subject}). */
    public Mono<Void> record(Action action, String username, String subject, ServerWebExchange exchange) {
        Document row = new Document("_id", UUID.randomUUID().toString())
                .append("subject", subject)
                .append("at", Date.from(clock.instant()))
                .append("service", "gateway")
                .append("action", action.name())
                .append("actor", username)
                .append("address", Optional.ofNullable(exchange.getRequest().getRemoteAddress())
                        .map(InetSocketAddress::getHostString).orElse(null))
                .append("correlationId", exchange.getAttribute(CorrelationIdWebFilter.ATTRIBUTE));
        return Mono.fromRunnable(() -> audit.insertOne(row)).subscribeOn(Schedulers.boundedElastic()).then();
    }

    /** The gateway's rows by actor or subject (either matches), newest first. */
    public Mono<java.util.List<Row>> search(String user, int limit) {
        return Mono.fromCallable(() -> {
            java.util.List<Row> rows = new java.util.ArrayList<>();
            org.bson.conversions.Bson filter = user == null || user.isBlank() ? new Document()
                    : com.mongodb.client.model.Filters.or(com.mongodb.client.model.Filters.eq("actor", user),
                            com.mongodb.client.model.Filters.eq("subject", user));
            audit.find(filter).sort(new Document("at", -1)).limit(limit).forEach(row -> rows.add(new Row(
                    row.getDate("at").toInstant(), "gateway", row.getString("actor"), row.getString("action"),
                    row.getString("subject"), row.getString("correlationId"))));
            return rows;
        }).subscribeOn(Schedulers.boundedElastic());
    }
}
