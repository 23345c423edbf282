package org.permanenceplatform.kit.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Searching the service's audit log, for administrators only: by record, by actor, within a time window, newest
 * first. Served at {@code platform.audit.search-path} (under the service's API prefix, so the gateway routes it).
 */
@RestController
public class AuditSearchResource {

    /** One row of the audit log as the search answers it. */
    record AuditRow(String id, Instant at, String service, String actor, List<String> roles, String actorLa,
                    String action, String resource, List<String> recordIds, String correlationId) {
    }

    private final MongoCollection<Document> audit;

    public AuditSearchResource(MongoDatabase database) {
        this.audit = database.getCollection(AuditLog.COLLECTION);
    }

    @GetMapping("${platform.audit.search-path}")
    List<AuditRow> search(CurrentUser user,
                          @RequestParam(required = false) String recordId,
                          @RequestParam(required = false) String actor,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                          @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        user.requireAnyRole(Role.ADMIN);
        List<Bson> filters = new ArrayList<>();
        if (recordId != null && !recordId.isBlank()) {
            filters.add(Filters.eq("recordIds", recordId));
        }
        if (actor != null && !actor.isBlank()) {
            filters.add(Filters.eq("actor", actor));
        }
        if (from != null) {
            filters.add(Filters.gte("at", Date.from(from)));
        }
        if (to != null) {
            filters.add(Filters.lt("at", Date.from(to)));
        }
        List<AuditRow> rows = new ArrayList<>();
        audit.find(filters.isEmpty() ? new Document() : Filters.and(filters)).sort(Sorts.descending("at")).limit(limit)
                .forEach(row -> rows.add(new AuditRow(row.getString("_id"), row.getDate("at").toInstant(),
                        row.getString("service"), row.getString("actor"), row.getList("roles", String.class),
                        row.getString("actorLa"), row.getString("action"), row.getString("resource"),
                        row.getList("recordIds", String.class), row.getString("correlationId"))));
        return rows;
    }
}
