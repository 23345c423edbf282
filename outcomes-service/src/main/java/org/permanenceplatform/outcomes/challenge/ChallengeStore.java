package org.permanenceplatform.outcomes.challenge;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.permanenceplatform.kit.problem.ConflictException;
import org.permanenceplatform.kit.problem.NotFoundException;
import org.permanenceplatform.kit.store.Indexes;
import org.permanenceplatform.outcomes.challenge.domain.Challenge;
import org.permanenceplatform.outcomes.challenge.domain.ChallengeKind;
import org.permanenceplatform.outcomes.challenge.domain.ChallengeStatus;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The board challenge log ({@code board_challenges}, one document per challenge), apart from the national dataset:
 * it is written by people through the API, not by events, and holds no child key (ADR 016).
 */
@Component
public class ChallengeStore {

    static final String COLLECTION = "board_challenges";
    /** Challenges a reply carries when many are read: the embedded store does not split a reply by size. */
    private static final int BATCH_SIZE = 500;

    private final MongoCollection<Document> challenges;

    ChallengeStore(MongoDatabase database) {
        this.challenges = database.getCollection(COLLECTION);
        Indexes.ensure(challenges, List.of(
                new IndexModel(new Document("target", 1).append("due", 1),
                new IndexOptions().name("target_due"))));
    }

    public void insert(Challenge challenge) {
        challenges.insertOne(toDocument(challenge));
    }

    public Optional<Challenge> find(String id) {
        return Optional.ofNullable(challenges.find(Filters.eq("_id", id)).first()).map(ChallengeStore::toChallenge);
    }

    /**
     * Stores {@code changed} only if the stored challenge is still at {@code expectedVersion}: one conditional write.
     *
     * @throws ConflictException when someone else changed it in between
     */
    public void replace(Challenge changed, long expectedVersion) {
        Document document = toDocument(changed);
        if (challenges.replaceOne(Filters.and(Filters.eq("_id", changed.id()), Filters.eq("version", expectedVersion)),
                document).getMatchedCount() == 0) {
            Challenge stored = find(changed.id())
                    .orElseThrow(() -> new NotFoundException("No challenge " + changed.id()));
            throw new ConflictException("The challenge was changed by someone else (now version " + stored.version()
                    + ", your change was made from version " + expectedVersion + "). Reload it and try again.");
        }
    }

    /** Challenges against any of these places (LA codes, grouping ids), by due date. */
    public List<Challenge> against(Set<String> targets) {
        return list(Filters.in("target", targets));
    }

    /** Challenges addressed to exactly this LA, by due date. */
    public List<Challenge> addressedTo(String la) {
        return list(Filters.and(Filters.eq("target", la), Filters.eq("targetLas", List.of(la))));
    }

    public List<Challenge> all() {
        return list(new Document());
    }

    public void forEach(Consumer<Challenge> action) {
        challenges.find().batchSize(BATCH_SIZE).forEach(document -> action.accept(toChallenge(document)));
    }

    private List<Challenge> list(Bson filter) {
        List<Challenge> found = new ArrayList<>();
        challenges.find(filter).sort(Sorts.ascending("due", "raisedAt")).batchSize(BATCH_SIZE).forEach(d -> found.add(toChallenge(d)));
        return found;
    }

    static Document toDocument(Challenge challenge) {
        Document document = new Document("_id", challenge.id()).append("kind", challenge.kind().name())
                .append("indicator", challenge.indicator()).append("target", challenge.target())
                .append("targetName", challenge.targetName())
                .append("targetLas", challenge.targetLas().stream().sorted().toList())
                .append("raisedFor", challenge.raisedFor()).append("period", challenge.period())
                .append("text", challenge.text()).append("due", challenge.due().toString())
                .append("status", challenge.status().name()).append("raisedBy", challenge.raisedBy())
                .append("raisedAt", Date.from(challenge.raisedAt())).append("version", challenge.version());
        if (challenge.answer() != null) {
            document.append("answer", new Document("text", challenge.answer().text())
                    .append("by", challenge.answer().by()).append("at", Date.from(challenge.answer().at())));
        }
        if (challenge.closedAt() != null) {
            document.append("closedBy", challenge.closedBy()).append("closedAt", Date.from(challenge.closedAt()));
        }
        return document;
    }

    static Challenge toChallenge(Document document) {
        Document answer = document.get("answer", Document.class);
        Date closedAt = document.getDate("closedAt");
        return new Challenge(document.getString("_id"), ChallengeKind.valueOf(document.getString("kind")),
                document.getString("indicator"), document.getString("target"), document.getString("targetName"),
                new HashSet<>(document.getList("targetLas", String.class)), document.getString("raisedFor"),
                document.getString("period"), document.getString("text"), LocalDate.parse(document.getString("due")),
                ChallengeStatus.valueOf(document.getString("status")), document.getString("raisedBy"),
                document.getDate("raisedAt").toInstant(),
                answer == null ? null : new Challenge.Answer(answer.getString("text"), answer.getString("by"),
                        answer.getDate("at").toInstant()),
                document.getString("closedBy"), closedAt == null ? null : closedAt.toInstant(),
                ((Number) document.get("version")).longValue());
    }
}
