package org.permanenceplatform.generator.ssda903;

import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.Codes.Sex;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * SSDA903 CSV files as each LA would have returned them: for every collection year and LA,
 * {@code <year>/<la>/Header.csv} and {@code Episodes.csv}, with the columns of the 903 validator's config
 * (reference section 1.2). Each year's files show the children as known on its 31 March: an episode that ended later
 * is still open there. Dates are dd/MM/yyyy, lines end with a line feed, children come in the order given, so the
 * same children always give the same bytes. Children must arrive grouped by LA.
 */
public final class Ssda903Files implements Consumer<Child>, AutoCloseable {

    static final String HEADER_COLUMNS = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
    static final String EPISODE_COLUMNS =
            "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Path directory;
    private final List<Integer> years;
    private final List<BufferedWriter[]> open = new ArrayList<>();
    private String openLa;

    /** @param years collection years by the year of their 31 March (2025 is 2024-25) */
    public Ssda903Files(Path directory, List<Integer> years) {
        this.directory = directory;
        this.years = List.copyOf(years);
    }

    public static String yearFolder(int year) {
        return (year - 1) + "-" + String.format("%02d", year % 100);
    }

    @Override
    public void accept(Child child) {
        if (!child.laCode().equals(openLa)) {
            startLa(child.laCode());
        }
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i);
            LocalDate yearStart = LocalDate.of(year - 1, 4, 1);
            LocalDate yearEnd = LocalDate.of(year, 3, 31);
            List<Episode> episodes = child.asOf(yearEnd).map(Child::periods).orElse(List.of()).stream()
                    .flatMap(period -> Episodes.of(period).stream())
                    .filter(episode -> episode.end() == null || !episode.end().isBefore(yearStart))
                    .toList();
            if (!episodes.isEmpty()) {
                write(open.get(0)[i], headerRow(child, yearEnd));
                for (Episode episode : episodes) {
                    write(open.get(0)[i + years.size()], episodeRow(child.childId(), episode));
                }
            }
        }
    }

    private static String headerRow(Child child, LocalDate yearEnd) {
        boolean schoolAge = !child.birthDate().plusYears(5).isAfter(yearEnd);
        boolean mayBeMother = child.sex() == Sex.F && !child.birthDate().plusYears(12).isAfter(yearEnd);
        return String.join(",", child.childId(), child.sex().name(), child.birthDate().format(DATE),
                child.ethnicity().name(), schoolAge ? child.upn() : "UN1", mayBeMother ? "0" : "", "");
    }

    private static String episodeRow(String childId, Episode episode) {
        return String.join(",", childId, episode.start().format(DATE), episode.reasonNew().name(),
                episode.legalStatus().name(), episode.categoryOfNeed().name(), episode.placementType().name(),
                code(episode.provider()), episode.end() == null ? "" : episode.end().format(DATE),
                code(episode.reasonCeased()), code(episode.reasonPlaceChange()), "", "", "");
    }

    private static String code(Enum<?> code) {
        return code == null ? "" : code.name();
    }

    private void startLa(String la) {
        closeOpen();
        openLa = la;
        BufferedWriter[] writers = new BufferedWriter[years.size() * 2];
        for (int i = 0; i < years.size(); i++) {
            Path folder = directory.resolve(yearFolder(years.get(i))).resolve(la);
            writers[i] = newFile(folder.resolve("Header.csv"), HEADER_COLUMNS);
            writers[i + years.size()] = newFile(folder.resolve("Episodes.csv"), EPISODE_COLUMNS);
        }
        open.add(writers);
    }

    private static BufferedWriter newFile(Path file, String columns) {
        try {
            Files.createDirectories(file.getParent());
            BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            write(writer, columns);
            return writer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(BufferedWriter writer, String line) {
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeOpen() {
        for (BufferedWriter[] writers : open) {
            for (BufferedWriter writer : writers) {
                try {
                    writer.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        open.clear();
    }

    @Override
    public void close() {
        closeOpen();
    }
}
