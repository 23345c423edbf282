package org.permanenceplatform.gateway.user;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.permanenceplatform.kit.security.Role;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code users} collection of the gateway's own database: one document per user, keyed by username. Blocking;
 * callers on the event loop move onto a bounded elastic scheduler.
 */
@Component
public class UserStore {

    private final MongoCollection<Document> users;
    private final Clock clock;

    public UserStore(MongoDatabase database, Clock clock) {
        this.users = database.getCollection("users");
        this.clock = clock;
    }

    public Optional<PlatformUser> find(String username) {
        return Optional.ofNullable(users.find(Filters.eq("_id", username)).first()).map(UserStore::toUser);
    }

    /** Creates the user, or replaces the one with the same username. */
    public void save(PlatformUser user) {
        Document document = new Document("_id", user.username())
                .append("passwordHash", user.passwordHash())
                .append("roles", user.roles().stream().map(Role::name).sorted().toList())
                .append("la", user.la().orElse(null))
                .append("region", user.region().orElse(null))
                .append("provider", user.provider().orElse(null))
                .append("enabled", user.enabled())
                .append("updatedAt", Date.from(clock.instant()));
        users.replaceOne(Filters.eq("_id", user.username()), document, new ReplaceOptions().upsert(true));
    }

    private static PlatformUser toUser(Document document) {
        List<String> roles = document.getList("roles", String.class, List.of());
        return new PlatformUser(document.getString("_id"), document.getString("passwordHash"),
                roles.stream().map(Role::valueOf).collect(Collectors.toSet()),
                Optional.ofNullable(document.getString("la")),
                Optional.ofNullable(document.getString("region")),
                Optional.ofNullable(document.getString("provider")),
                document.getBoolean("enabled", false));
    }
}
