package org.permanenceplatform.permanence.child.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.permanenceplatform.kit.testing.ServiceTestProperties;
import org.permanenceplatform.kit.testing.TestTokens;
import org.permanenceplatform.kit.testing.HttpApi;
import org.permanenceplatform.kit.testing.HttpApi.Reply;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The child resource, over real HTTP, against the running service and the embedded store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChildApiTest {

    static final String DURHAM = "840";
    static final String DARLINGTON = "841";
    static final String CHILDREN = "/api/permanence/children";

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry properties) {
        ServiceTestProperties.register(properties, "permanence");
    }

    final TestTokens tokens = new TestTokens("permanence-service");

    @LocalServerPort
    int port;

    HttpApi api;

    @BeforeEach
    void client() {
        api = new HttpApi(port);
    }

    static String newChild(String localId) {
        return """
                {"localChildId": "%s", "givenName": "Ava", "familyName": "Taylor",
                 "dateOfBirth": "2019-03-14", "sex": "FEMALE", "ethnicity": "WBRI"}""".formatted(localId);
    }

    static String localId() {
        return "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    Reply record(String la, String localId) {
        return api.post(CHILDREN, tokens.practitioner(la), newChild(localId));
    }

    @Test
    void aPractitionerRecordsAChildAndReadsItBack() {
        String localId = localId();
        Reply created = record(DURHAM, localId);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).contains(CHILDREN + "/" + id);
        assertThat(created.header("ETag")).contains("\"1\"");

        Reply read = api.get(CHILDREN + "/" + id, tokens.practitioner(DURHAM));
        assertThat(read.status()).isEqualTo(200);
        JsonNode child = read.json();
        assertThat(child.get("laCode").asString()).isEqualTo(DURHAM);
        assertThat(child.get("localChildId").asString()).isEqualTo(localId);
        assertThat(child.get("givenName").asString()).isEqualTo("Ava");
        assertThat(child.get("familyName").asString()).isEqualTo("Taylor");
        assertThat(child.get("dateOfBirth").asString()).isEqualTo("2019-03-14");
        assertThat(child.get("sex").asString()).isEqualTo("FEMALE");
        assertThat(child.get("ethnicity").asString()).isEqualTo("WBRI");
        assertThat(child.get("version").asLong()).isEqualTo(1);
    }

    @Test
    void theLaOfANewChildIsTheCallersNeverOneFromTheBody() {
        Reply created = api.post(CHILDREN, tokens.practitioner(DURHAM), newChild(localId())
                .replace("\"localChildId\"", "\"laCode\": \"841\", \"localChildId\""));
        assertThat(created.status()).as("laCode is not a field of the request").isEqualTo(400);
        assertThat(created.json().get("errors").get(0).get("field").asString()).isEqualTo("laCode");
    }

    @Nested
    class Scope {

        @Test
        void anotherLasPractitionerGets404AsForAChildThatDoesNotExist() {
            String id = record(DURHAM, localId()).json().get("id").asString();

            Reply otherLa = api.get(CHILDREN + "/" + id, tokens.practitioner(DARLINGTON));
            Reply missing = api.get(CHILDREN + "/" + UUID.randomUUID(), tokens.practitioner(DARLINGTON));

            assertThat(otherLa.status()).isEqualTo(404);
            assertThat(otherLa.contentType()).startsWith("application/problem+json");
            assertThat(otherLa.json().get("type").asString()).isEqualTo(missing.json().get("type").asString());
            assertThat(otherLa.body()).doesNotContain("Taylor");
        }

        @Test
        void anotherLasPractitionerCannotChangeTheChildEither() {
            String id = record(DURHAM, localId()).json().get("id").asString();
            Reply change = api.put(CHILDREN + "/" + id, tokens.practitioner(DARLINGTON), change(1, "Smith"));
            assertThat(change.status()).isEqualTo(404);
            assertThat(api.get(CHILDREN + "/" + id, tokens.practitioner(DURHAM)).json()
                    .get("familyName").asString()).isEqualTo("Taylor");
        }

        @Test
        void aListShowsOnlyTheCallersLa() {
            String mine = localId();
            record(DURHAM, mine);
            record(DARLINGTON, localId());
            Reply list = api.get(CHILDREN + "?limit=500", tokens.practitioner(DURHAM));
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.json().valueStream().map(child -> child.get("laCode").asString()))
                    .isNotEmpty().containsOnly(DURHAM);
            assertThat(list.json().valueStream().map(child -> child.get("localChildId").asString()))
                    .contains(mine);
        }

        @Test
        void aBoardMemberIsRefusedChildRecords() {
            String id = record(DURHAM, localId()).json().get("id").asString();
            String board = tokens.sign(claims -> claims.subject("board").claim("roles", List.of("NATIONAL_BOARD")));
            Reply read = api.get(CHILDREN + "/" + id, board);
            assertThat(read.status()).isEqualTo(403);
            assertThat(read.contentType()).startsWith("application/problem+json");
        }

        @Test
        void anIroMayReadButNotRecord() {
            String id = record(DURHAM, localId()).json().get("id").asString();
            String iro = tokens.token("iro", List.of("IRO"), DURHAM);
            assertThat(api.get(CHILDREN + "/" + id, iro).status()).isEqualTo(200);
            assertThat(api.post(CHILDREN, iro, newChild(localId())).status()).isEqualTo(403);
        }
    }

    @Nested
    class Tokens {

        @Test
        void noTokenIs401WithAProblem() {
            Reply reply = api.get(CHILDREN + "/" + UUID.randomUUID(), null);
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.header("WWW-Authenticate")).contains("Bearer");
            assertThat(reply.json().get("status").asInt()).isEqualTo(401);
        }

        @Test
        void aTokenSignedWithAnUntrustedKeyIs401() {
            String forged = tokens.signWithUntrustedKey(claims -> claims.subject("mallory")
                    .claim("roles", List.of("PRACTITIONER")).claim("la", DURHAM));
            assertThat(api.get(CHILDREN, forged).status()).isEqualTo(401);
        }

        @Test
        void anExpiredTokenIs401() {
            String expired = tokens.sign(claims -> claims.subject("sam").claim("roles", List.of("PRACTITIONER"))
                    .claim("la", DURHAM).expirationTime(Date.from(Instant.now().minusSeconds(600))));
            assertThat(api.get(CHILDREN, expired).status()).isEqualTo(401);
        }

        @Test
        void aTokenForAnotherServiceIs401() {
            String elsewhere = new TestTokens("support-service").practitioner(DURHAM);
            assertThat(api.get(CHILDREN, elsewhere).status()).isEqualTo(401);
        }

        @Test
        void aTokenFromAnotherIssuerIs401() {
            String foreign = tokens.sign(claims -> claims.issuer("someone-else").subject("sam")
                    .claim("roles", List.of("PRACTITIONER")).claim("la", DURHAM));
            assertThat(api.get(CHILDREN, foreign).status()).isEqualTo(401);
        }

        @Test
        void aPractitionerTokenWithoutAnLaIs401() {
            String placeless = tokens.sign(claims -> claims.subject("sam").claim("roles", List.of("PRACTITIONER")));
            assertThat(api.get(CHILDREN, placeless).status()).isEqualTo(401);
        }

        @Test
        void garbageInsteadOfATokenIs401() {
            assertThat(api.get(CHILDREN, "not-a-jwt").status()).isEqualTo(401);
        }
    }

    @Nested
    class BadInput {

        @Test
        void aBodyThatIsNotJsonIs400WithAProblem() {
            Reply reply = api.post(CHILDREN, tokens.practitioner(DURHAM), "{\"localChildId\": ");
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().get("type").asString()).endsWith("/malformed-request");
        }

        @Test
        void anUnknownFieldIs400NamingIt() {
            Reply reply = api.post(CHILDREN, tokens.practitioner(DURHAM),
                    newChild(localId()).replace("\"sex\"", "\"favouriteColour\": \"blue\", \"sex\""));
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(fields(reply)).containsExactly("favouriteColour");
        }

        @Test
        void aMissingFieldIs400NamingIt() {
            Reply reply = api.post(CHILDREN, tokens.practitioner(DURHAM),
                    newChild(localId()).replace("\"familyName\": \"Taylor\",", ""));
            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply)).containsExactly("familyName");
        }

        @Test
        void aWrongCodeIs400NamingTheFieldAndTheChoices() {
            Reply reply = api.post(CHILDREN, tokens.practitioner(DURHAM),
                    newChild(localId()).replace("\"WBRI\"", "\"ZZZZ\""));
            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply)).containsExactly("ethnicity");
            assertThat(reply.json().get("errors").get(0).get("message").asString()).contains("WBRI", "NOBT");
        }

        @Test
        void anImpossibleDateIs400NamingIt() {
            Reply reply = api.post(CHILDREN, tokens.practitioner(DURHAM),
                    newChild(localId()).replace("2019-03-14", "2019-02-30"));
            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply)).containsExactly("dateOfBirth");
        }

        @Test
        void aDateOfBirthInTheFutureIs400NamingIt() {
            String tomorrow = LocalDate.now().plusDays(2).toString();
            Reply reply = api.post(CHILDREN, tokens.practitioner(DURHAM),
                    newChild(localId()).replace("2019-03-14", tomorrow));
            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply)).containsExactly("dateOfBirth");
        }

        @Test
        void aLocalIdLongerThanTheReturnAllowsIs400NamingIt() {
            Reply reply = api.post(CHILDREN, tokens.practitioner(DURHAM), newChild("ABCDEFGHIJK"));
            assertThat(reply.status()).isEqualTo(400);
            assertThat(fields(reply)).containsExactly("localChildId");
        }

        @Test
        void nothingIsWrittenWhenTheRequestIsRefused() {
            String localId = localId();
            api.post(CHILDREN, tokens.practitioner(DURHAM), newChild(localId).replace("\"WBRI\"", "\"ZZZZ\""));
            assertThat(record(DURHAM, localId).status()).as("the local id is still free").isEqualTo(201);
        }

        private List<String> fields(Reply reply) {
            return reply.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
        }
    }

    @Nested
    class Conflicts {

        @Test
        void aDuplicateLocalIdInTheSameLaIs409() {
            String localId = localId();
            assertThat(record(DURHAM, localId).status()).isEqualTo(201);
            Reply again = record(DURHAM, localId);
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.contentType()).startsWith("application/problem+json");
            assertThat(again.json().get("detail").asString()).contains(localId);
        }

        @Test
        void theSameLocalIdInAnotherLaIsAnotherChild() {
            String localId = localId();
            assertThat(record(DURHAM, localId).status()).isEqualTo(201);
            assertThat(record(DARLINGTON, localId).status()).isEqualTo(201);
        }

        @Test
        void aChangeFromAnOldVersionIs409AndDoesNotOverwrite() {
            String id = record(DURHAM, localId()).json().get("id").asString();
            String path = CHILDREN + "/" + id;

            Reply first = api.put(path, tokens.practitioner(DURHAM), change(1, "Smith"));
            Reply stale = api.put(path, tokens.practitioner(DURHAM), change(1, "Jones"));

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json().get("version").asLong()).isEqualTo(2);
            assertThat(stale.status()).isEqualTo(409);
            assertThat(stale.contentType()).startsWith("application/problem+json");
            JsonNode stored = api.get(path, tokens.practitioner(DURHAM)).json();
            assertThat(stored.get("familyName").asString()).isEqualTo("Smith");
            assertThat(stored.get("version").asLong()).isEqualTo(2);
        }
    }

    @Test
    void theCorrelationIdIsEchoedAndCarriedInProblems() {
        Reply reply = api.send(api.request(CHILDREN + "/" + UUID.randomUUID(), tokens.practitioner(DURHAM))
                .header("X-Correlation-Id", "trace-123").GET());
        assertThat(reply.header("X-Correlation-Id")).contains("trace-123");
        assertThat(reply.json().get("correlationId").asString()).isEqualTo("trace-123");
    }

    static String change(long version, String familyName) {
        return """
                {"version": %d, "givenName": "Ava", "familyName": "%s",
                 "dateOfBirth": "2019-03-14", "sex": "FEMALE", "ethnicity": "WBRI"}""".formatted(version, familyName);
    }
}
