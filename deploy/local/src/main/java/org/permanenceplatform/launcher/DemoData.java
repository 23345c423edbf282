package org.permanenceplatform.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Demo data, loaded through the gateway's public API as the demo practitioners would enter it: children in three
 * LAs in two regions (County Durham and Darlington in the North East, Camden in London). Loading twice changes
 * nothing (the LA's local ids are unique, so a second load meets 409s).
 */
final class DemoData {

    record DemoChild(String localId, String givenName, String familyName, String dateOfBirth, String sex,
                     String ethnicity) {
        String json() {
            return "{\"localChildId\":\"%s\",\"givenName\":\"%s\",\"familyName\":\"%s\",\"dateOfBirth\":\"%s\","
                    .formatted(localId, givenName, familyName, dateOfBirth)
                    + "\"sex\":\"%s\",\"ethnicity\":\"%s\"}".formatted(sex, ethnicity);
        }
    }

    static final Map<String, List<DemoChild>> CHILDREN_BY_PRACTITIONER = Map.of(
            "practitioner.durham", List.of(
                    new DemoChild("DUR-0001", "Ava", "Taylor", "2019-03-14", "FEMALE", "WBRI"),
                    new DemoChild("DUR-0002", "Noah", "Brown", "2016-07-02", "MALE", "WBRI"),
                    new DemoChild("DUR-0003", "Maya", "Okafor", "2021-11-20", "FEMALE", "BAFR"),
                    new DemoChild("DUR-0004", "Leo", "Walsh", "2012-01-09", "MALE", "WIRI"),
                    new DemoChild("DUR-0005", "Ruby", "Hughes", "2023-05-30", "FEMALE", "MWBC")),
            "practitioner.darlington", List.of(
                    new DemoChild("DAR-0001", "Oliver", "Smith", "2018-09-17", "MALE", "WBRI"),
                    new DemoChild("DAR-0002", "Isla", "Khan", "2015-04-25", "FEMALE", "APKN"),
                    new DemoChild("DAR-0003", "Finley", "Price", "2020-02-11", "MALE", "WOTH")),
            "practitioner.camden", List.of(
                    new DemoChild("CAM-0001", "Amara", "Mensah", "2017-12-03", "FEMALE", "BAFR"),
                    new DemoChild("CAM-0002", "Yusuf", "Ali", "2014-06-21", "MALE", "ABAN"),
                    new DemoChild("CAM-0003", "Sofia", "Rossi", "2022-08-08", "FEMALE", "WOTH"),
                    new DemoChild("CAM-0004", "Kai", "Chen", "2011-10-15", "MALE", "CHNE")));

    private DemoData() {
    }

    /** @return how many children were added (0 when the data was already there) */
    static int load(String gatewayUrl, Path dataDirectory) {
        Map<String, String> logins = DemoLogins.read(dataDirectory);
        int added = 0;
        for (Map.Entry<String, List<DemoChild>> entry : CHILDREN_BY_PRACTITIONER.entrySet()) {
            GatewayClient practitioner = new GatewayClient(gatewayUrl);
            practitioner.signIn(entry.getKey(), logins.get(entry.getKey()));
            for (DemoChild child : entry.getValue()) {
                HttpResponse<String> answer = practitioner.exchange(practitioner.jsonWrite("/api/permanence/children")
                        .POST(HttpRequest.BodyPublishers.ofString(child.json())));
                if (answer.statusCode() == 201) {
                    added++;
                } else if (answer.statusCode() != 409) {
                    throw new IllegalStateException("Loading demo child " + child.localId() + " failed: "
                            + answer.statusCode() + " " + answer.body());
                }
            }
        }
        return added;
    }

    /** The demo logins the gateway wrote in local mode. */
    static final class DemoLogins {

        private DemoLogins() {
        }

        static Path file(Path dataDirectory) {
            return dataDirectory.resolve("gateway").resolve("demo-logins.txt");
        }

        static Map<String, String> read(Path dataDirectory) {
            try {
                Map<String, String> logins = new LinkedHashMap<>();
                for (String line : Files.readAllLines(file(dataDirectory), StandardCharsets.UTF_8)) {
                    String[] parts = line.strip().split("\\s+");
                    if (!line.startsWith("#") && parts.length >= 2) {
                        logins.put(parts[0], parts[1]);
                    }
                }
                return logins;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the demo logins", e);
            }
        }
    }
}
