package org.permanenceplatform.generator.carers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.permanenceplatform.generator.Generator;
import org.permanenceplatform.generator.Settings;
import org.permanenceplatform.generator.jsonl.JsonLines;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.PeriodOfCare;
import org.permanenceplatform.generator.journey.Placement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class CarerRegisterTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    private static final List<String> LAS = List.of("840", "841", "886");

    @TempDir
    Path temp;

    @Test
    void everyChildPlacedWithCarersOnTheDayHasThemOnTheirLasRegister() {
        List<Child> children = new ArrayList<>();
        List<Carer> carers = register(3, children);

        Map<String, Map<String, Integer>> placedByLaAndKind = new TreeMap<>();
        for (Child child : children) {
            for (PeriodOfCare period : child.periods()) {
                for (Placement placement : period.placements()) {
                    String kind = CarerRegister.kind(placement.type());
                    if (kind != null && placement.end() == null) {
                        placedByLaAndKind.computeIfAbsent(child.laCode(), la -> new TreeMap<>())
                                .merge(kind, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Map<String, Integer>> registered = new TreeMap<>();
        carers.forEach(carer -> registered.computeIfAbsent(carer.laCode(), la -> new TreeMap<>())
                .merge(carer.kind(), carer.placed(), Integer::sum));
        // A foster child who stays with carers becoming adopters or a long-term match is counted with the household
        // that first took them, so compare all children placed with carers, LA by LA.
        placedByLaAndKind.forEach((la, byKind) -> assertThat(registered.get(la).values().stream()
                .mapToInt(Integer::intValue).sum()).as(la)
                .isEqualTo(byKind.values().stream().mapToInt(Integer::intValue).sum()));
        assertThat(registered).containsOnlyKeys(LAS);
    }

    @Test
    void someFosterHouseholdsHaveAVacancyButMostAreUsed() {
        List<Carer> foster = register(3, new ArrayList<>()).stream()
                .filter(carer -> carer.kind().equals("FOSTER")).toList();

        assertThat(foster).hasSizeGreaterThan(100).allMatch(carer -> carer.vacancies() >= 0);
        double withAVacancy = foster.stream().filter(carer -> carer.vacancies() > 0).count() / (double) foster.size();
        assertThat(withAVacancy).isBetween(0.2, 0.6);
        assertThat(foster).anyMatch(carer -> carer.placed() == 0).anyMatch(carer -> carer.vacancies() == 0);
    }

    @Test
    void theSameSeedWritesTheSameRegisterAndAnotherSeedAnother() throws IOException {
        Path first = write(3, temp.resolve("first.jsonl"));
        Path again = write(3, temp.resolve("again.jsonl"));
        Path other = write(4, temp.resolve("other.jsonl"));

        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllLines(other)).isNotEqualTo(Files.readAllLines(first));
        assertThat(Files.readAllLines(first).get(0)).startsWith("{\"la\":\"840\",\"carerId\":\"840-C");
    }

    private static List<Carer> register(long seed, List<Child> children) {
        List<Carer> carers = new ArrayList<>();
        Settings settings = new Settings(seed, 2025, 1, AS_OF, LAS);
        try (CarerRegister register = new CarerRegister(settings, carers::add)) {
            Generator.generate(settings, register.andThen(children::add));
        }
        return carers;
    }

    private static Path write(long seed, Path file) {
        Settings settings = new Settings(seed, 2025, 1, AS_OF, LAS);
        try (JsonLines lines = new JsonLines(file);
             CarerRegister register = new CarerRegister(settings, carer -> lines.write(carer.toJson()))) {
            Generator.generate(settings, register);
        }
        return file;
    }
}
