package org.permanenceplatform.generator;

import org.permanenceplatform.generator.carers.CarerRegister;
import org.permanenceplatform.generator.jsonl.JsonLines;
import org.permanenceplatform.generator.ssda903.Ssda903Files;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Command line: writes the SSDA903 files and the carer register ({@code carers.jsonl}) and prints the summary.
 * {@code SyntheticData --seed 42 --last-year 2025 --years 1 [--as-of 2025-03-31] [--la 840,841] --out target/synthetic}
 */
public final class SyntheticData {

    private SyntheticData() {
    }

    public static void main(String[] args) {
        long seed = Long.parseLong(option(args, "--seed", "1"));
        int lastYear = Integer.parseInt(option(args, "--last-year", "2025"));
        int years = Integer.parseInt(option(args, "--years", "1"));
        LocalDate asOf = LocalDate.parse(option(args, "--as-of", lastYear + "-03-31"));
        String las = option(args, "--la", "");
        List<String> laCodes = las.isEmpty() ? List.of() : Arrays.asList(las.split(","));
        Path out = Path.of(option(args, "--out", "target/synthetic"));
        Settings settings = new Settings(seed, lastYear, years, asOf, laCodes);
        Summary summary = new Summary(settings.collectionYears());
        try (Ssda903Files files = new Ssda903Files(out.resolve("ssda903"), settings.collectionYears());
             JsonLines carerLines = new JsonLines(out.resolve("carers.jsonl"));
             CarerRegister carers = new CarerRegister(settings, carer -> {
                 carerLines.write(carer.toJson());
                 summary.count(carer);
             })) {
            Generator.generate(settings, files.andThen(carers).andThen(summary));
        }
        System.out.print(summary.print());
        System.out.println("SSDA903 files in " + out.resolve("ssda903") + ", carers in " + out.resolve("carers.jsonl"));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
