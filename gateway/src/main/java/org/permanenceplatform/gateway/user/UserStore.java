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

    /** Every user, by username. */
    public List<PlatformUser> all() {
        List<PlatformUser> found = new java.util.ArrayList<>();
        users.find().sort(new Document("_id", 1)).forEach(document -> found.add(toUser(document)));
        return found;
    }

    /** Creates a new user; false when the username is taken. */
    public boolean create(PlatformUser user) {
        try {
            users.insertOne(toDocument(user));
            return true;
        } catch (com.mongodb.MongoException e) {
            if (org.permanenceplatform.kit.store.StoreErrors.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Lets the user sign in, or stops them; false when there is no such user. */
    public boolean setEnabled(String username, boolean enabled) {
        return users.updateOne(Filters.eq("_id", username), com.mongodb.client.model.Updates.combine(
                com.mongodb.client.model.Updates.set("enabled", enabled),
                com.mongodb.client.model.Updates.set("updatedAt", Date.from(clock.instant())))).getMatchedCount() == 1;
    }

    /** Creates the user, or replaces the one with the same username. */
    public void save(PlatformUser user) {
        users.replaceOne(Filters.eq("_id", user.username()), toDocument(user), new ReplaceOptions().upsert(true));
    }

    private Document toDocument(PlatformUser user) {
        return new Document("_id", user.username())
                .append("passwordHash", user.passwordHash())
                .append("roles", user.roles().stream().map(Role::name).sorted().toList())
                .append("la", user.la().orElse(null))
                .append("region", user.region().orElse(null))
                .append("provider", user.provider().orElse(null))
                .append("enabled", user.enabled())
                .append("updatedAt", Date.from(clock.instant()));
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
