package org.permanenceplatform.generator.ssda903;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanenceplatform.generator.Generator;
import org.permanenceplatform.generator.Settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Ssda903FilesTest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TempDir
    Path temp;

    @Test
    void eachYearShowsTheChildrenAsKnownOnItsOwn31March() throws IOException {
        Settings settings = new Settings(5, 2025, 2, LocalDate.of(2025, 3, 31), List.of("841"));
        try (Ssda903Files files = new Ssda903Files(temp, settings.collectionYears())) {
            Generator.generate(settings, files);
        }

        List<String> earlier = Files.readAllLines(temp.resolve("2023-24/841/Episodes.csv"));
        assertThat(earlier.get(0)).isEqualTo(Ssda903Files.EPISODE_COLUMNS);
        assertThat(Files.readAllLines(temp.resolve("2023-24/841/Header.csv")).get(0))
                .isEqualTo(Ssda903Files.HEADER_COLUMNS);
        List<String[]> rows = earlier.stream().skip(1).map(line -> line.split(",", -1)).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row).hasSize(13);
            assertThat(LocalDate.parse(row[1], DATE)).isBeforeOrEqualTo(LocalDate.of(2024, 3, 31));
            if (!row[7].isEmpty()) {
                LocalDate ended = LocalDate.parse(row[7], DATE);
                assertThat(ended).isBetween(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));
                assertThat(row[8]).isNotEmpty();
            } else {
                assertThat(row[8]).isEmpty();
            }
        });
        assertThat(rows).anyMatch(row -> row[7].isEmpty());
    }
}
