package org.permanenceplatform.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanenceplatform.generator.ssda903.Ssda903Files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SameSeedSameFilesTest {

    private static final List<String> DURHAM_AND_DARLINGTON = List.of("840", "841");

    @TempDir
    Path temp;

    @Test
    void theSameSeedWritesByteIdenticalFiles() throws IOException {
        Path first = write(7, temp.resolve("first"));
        Path second = write(7, temp.resolve("second"));

        List<Path> files = files(first);
        assertThat(files).hasSize(3 * 2 * 2);
        assertThat(files(second)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void anotherSeedWritesOtherChildren() throws IOException {
        Path seven = write(7, temp.resolve("seven"));
        Path eight = write(8, temp.resolve("eight"));

        Path episodes = Path.of("2024-25", "840", "Episodes.csv");
        assertThat(Files.readAllLines(eight.resolve(episodes))).isNotEqualTo(Files.readAllLines(seven.resolve(episodes)));
    }

    @Test
    void aSmallerRunHasTheSameChildrenAsABiggerOneForItsLaAndYear() throws IOException {
        Path big = write(7, temp.resolve("big"));
        Path small = temp.resolve("small");
        try (Ssda903Files files = new Ssda903Files(small, List.of(2025))) {
            Generator.generate(new Settings(7, 2025, 1, LocalDate.of(2025, 3, 31), List.of("841")), files);
        }

        Path header = Path.of("2024-25", "841", "Header.csv");
        assertThat(Files.readAllBytes(small.resolve(header))).isEqualTo(Files.readAllBytes(big.resolve(header)));
    }

    @Test
    void theCommandLineWritesEveryOutputByteIdenticalForTheSameSeed() throws IOException {
        Path first = temp.resolve("cli-first");
        Path second = temp.resolve("cli-second");
        for (Path out : List.of(first, second)) {
            SyntheticData.main(new String[] {"--seed", "7", "--years", "2", "--la", "840,841", "--ncpd",
                    "--out", out.toString()});
        }

        List<Path> files = files(first);
        assertThat(files).contains(Path.of("carers.jsonl"), Path.of("ncpd", "840.jsonl"), Path.of("ncpd", "841.jsonl"),
                Path.of("ssda903", "2024-25", "841", "Episodes.csv"));
        assertThat(files(second)).isEqualTo(files);
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file.toString())
                    .isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    private static Path write(long seed, Path directory) {
        Settings settings = new Settings(seed, 2025, 3, LocalDate.of(2025, 3, 31), DURHAM_AND_DARLINGTON);
        try (Ssda903Files files = new Ssda903Files(directory, settings.collectionYears())) {
            Generator.generate(settings, files);
        }
        return directory;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
