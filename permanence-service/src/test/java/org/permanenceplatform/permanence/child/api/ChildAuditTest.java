package org.permanenceplatform.permanence.child.api;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.audit.AuditLog;
import org.permanenceplatform.kit.audit.AuditSubject;
import org.permanenceplatform.kit.audit.Audited;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.kit.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ResolvableType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every read of a child's record and every change is in the service's audit log before the answer is sent. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChildAuditTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "audit");
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    @Autowired
    RequestMappingHandlerMapping handlers;

    final TestTokens tokens = new TestTokens("permanence-service");

    List<Document> auditOf(String childId) {
        return database.getCollection(AuditLog.COLLECTION).find(Filters.eq("recordIds", childId))
                .into(new java.util.ArrayList<>());
    }

    @Test
    void recordingReadingListingAndCorrectingAChildAreEachAudited() {
        HttpApi api = new HttpApi(port);
        String practitioner = tokens.practitioner("840");
        Reply created = api.send(api.request("/api/permanence/children", practitioner)
                .header("Content-Type", "application/json").header("X-Correlation-Id", "audit-trail-1")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(ChildApiTest.newChild(ChildApiTest.localId()))));
        String id = created.json().get("id").asString();
        api.get("/api/permanence/children/" + id, tokens.token("iro.durham", List.of("IRO"), "840"));
        api.get("/api/permanence/children?limit=500", practitioner);
        api.put("/api/permanence/children/" + id, practitioner, ChildApiTest.change(1, "Smith"));

        List<Document> rows = auditOf(id);
        assertThat(rows).extracting(row -> row.getString("action"))
                .containsExactlyInAnyOrder("CREATE", "READ", "READ", "UPDATE");
        Document creation = rows.stream().filter(row -> row.getString("action").equals("CREATE")).findFirst()
                .orElseThrow();
        assertThat(creation).containsEntry("actor", "practitioner@840").containsEntry("actorLa", "840")
                .containsEntry("resource", "child").containsEntry("service", "permanence-service")
                .containsEntry("correlationId", "audit-trail-1");
        assertThat(creation.getList("recordLas", String.class)).containsExactly("840");
        assertThat(rows).anySatisfy(row -> assertThat(row).containsEntry("actor", "iro.durham"));
    }

    @Test
    void aRefusedOrFailedReadWritesNoReadRow() {
        HttpApi api = new HttpApi(port);
        String id = api.post("/api/permanence/children", tokens.practitioner("840"),
                ChildApiTest.newChild(ChildApiTest.localId())).json().get("id").asString();
        assertThat(api.get("/api/permanence/children/" + id, tokens.practitioner("841")).status()).isEqualTo(404);
        assertThat(auditOf(id)).extracting(row -> row.getString("action")).containsExactly("CREATE");
        assertThat(auditOf(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void anAdministratorFindsWhoTouchedARecordNewestFirst() {
        HttpApi api = new HttpApi(port);
        String id = api.post("/api/permanence/children", tokens.practitioner("840"),
                ChildApiTest.newChild(ChildApiTest.localId())).json().get("id").asString();
        api.get("/api/permanence/children/" + id, tokens.token("iro.durham", List.of("IRO"), "840"));
        String admin = tokens.sign(claims -> claims.subject("admin").claim("roles", List.of("ADMIN")));

        Reply trail = api.get("/api/permanence/audit?recordId=" + id, admin);
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.json().valueStream().map(row -> row.get("actor").asString()))
                .containsExactlyInAnyOrder("iro.durham", "practitioner@840");
        List<java.time.Instant> times = trail.json().valueStream()
                .map(row -> java.time.Instant.parse(row.get("at").asString())).toList();
        assertThat(times).as("newest first")
                .isSortedAccordingTo(java.util.Comparator.<java.time.Instant>naturalOrder().reversed());
        Reply byActor = api.get("/api/permanence/audit?actor=iro.durham&recordId=" + id, admin);
        assertThat(byActor.json().valueStream().map(row -> row.get("action").asString())).containsExactly("READ");
        assertThat(api.get("/api/permanence/audit?recordId=" + id, tokens.practitioner("840")).status())
                .isEqualTo(403);
    }

    @Test
    void everyHandlerThatAnswersAChildsRecordIsAudited() {
        List<HandlerMethod> answeringRecords = handlers.getHandlerMethods().values().stream()
                .filter(handler -> answersRecords(handler)).toList();
        assertThat(answeringRecords).as("handlers that answer child records").hasSizeGreaterThanOrEqualTo(4);
        assertThat(answeringRecords).allSatisfy(handler ->
                assertThat(handler.hasMethodAnnotation(Audited.class)).as(handler.toString()).isTrue());
    }

    @Test
    void everyApiRecordWithPersonalDetailsIsAnAuditSubject() {
        for (Class<?> type : List.of(ChildResponse.class)) {
            assertThat(AuditSubject.class).isAssignableFrom(type);
        }
        assertThat(java.util.Arrays.stream(ChildResponse.class.getRecordComponents()).map(c -> c.getName()))
                .contains("givenName", "familyName", "dateOfBirth");
    }

    private static boolean answersRecords(HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodReturnType(handler.getMethod());
        while (type.hasGenerics() && !AuditSubject.class.isAssignableFrom(type.toClass())) {
            type = type.getGeneric(0);
        }
        return AuditSubject.class.isAssignableFrom(type.toClass());
    }
}
