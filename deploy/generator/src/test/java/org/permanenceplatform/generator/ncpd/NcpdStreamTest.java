package org.permanenceplatform.generator.ncpd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanenceplatform.generator.Generator;
import org.permanenceplatform.generator.Settings;
import org.permanenceplatform.generator.journey.Child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NcpdStreamTest {

    private static final Settings DARLINGTON = new Settings(9, 2025, 2, LocalDate.of(2025, 3, 31), List.of("841"));

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesTheSameStreamAndAnotherSeedAnother() throws IOException {
        Path first = write(DARLINGTON, temp.resolve("first"));
        Path again = write(DARLINGTON, temp.resolve("again"));
        Path other = write(new Settings(10, 2025, 2, LocalDate.of(2025, 3, 31), List.of("841")),
                temp.resolve("other"));

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllLines(other)).isNotEqualTo(Files.readAllLines(first));
    }

    @Test
    void eachChildsEventsComeInDateOrderWithSequencesFromOnePerProducer() {
        List<Child> children = new ArrayList<>();
        Generator.generate(DARLINGTON, children::add);
        NcpdStream stream = new NcpdStream(temp, DARLINGTON.seed(), new ChildKeys(ChildKeys.SYNTHETIC_SECRET));
        long supportEvents = 0;
        for (Child child : children) {
            List<Map<String, Object>> events = stream.events(child);
            assertThat(events.get(0)).containsEntry("type", "ncpd.child.recorded").containsEntry("sequence", 1L)
                    .containsEntry("producer", "permanence-service").containsEntry("la", "841");
            assertThat(events).anyMatch(event -> event.get("type").equals("ncpd.journey.changed"));
            Map<Object, Long> last = new HashMap<>();
            String previous = "";
            for (Map<String, Object> event : events) {
                long sequence = (Long) event.get("sequence");
                assertThat(sequence).isEqualTo(last.getOrDefault(event.get("producer"), 0L) + 1);
                last.put(event.get("producer"), sequence);
                assertThat((String) event.get("occurredAt")).isGreaterThanOrEqualTo(previous);
                previous = (String) event.get("occurredAt");
                assertThat(event.get("aggregateId")).isEqualTo(events.get(0).get("aggregateId"));
            }
            supportEvents += last.getOrDefault("support-service", 0L);
        }
        assertThat(supportEvents).isPositive();
    }

    private static Path write(Settings settings, Path directory) {
        try (NcpdStream stream = new NcpdStream(directory, settings.seed(),
                new ChildKeys(ChildKeys.SYNTHETIC_SECRET))) {
            Generator.generate(settings, stream);
        }
        return NcpdStream.fileOf(directory, "841");
    }
}
