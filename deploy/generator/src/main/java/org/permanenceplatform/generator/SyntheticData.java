package org.permanenceplatform.generator;

import org.permanenceplatform.generator.carers.CarerRegister;
import org.permanenceplatform.generator.jsonl.JsonLines;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.ncpd.ChildKeys;
import org.permanenceplatform.generator.ncpd.NcpdStream;
import org.permanenceplatform.generator.ssda903.Ssda903Files;
import org.permanenceplatform.generator.store.OutcomesBulkLoad;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Command line: writes the SSDA903 files and the carer register ({@code carers.jsonl}), with {@code --ncpd} the
 * {@code ncpd.*} event stream ({@code ncpd/<la>.jsonl}, keyed with {@code --pseudonymisation-key}, base64, or a
 * synthetic-only secret), and prints the summary.
 * {@code SyntheticData --seed 42 --last-year 2025 --years 1 [--as-of 2025-03-31] [--la 840,841] [--ncpd]
 * --out target/synthetic}. With {@code --bulk-outcomes <mongo uri>} it writes no files but loads the journeys
 * straight into outcomes-service's store instead (OutcomesBulkLoad).
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
        String bulkOutcomes = option(args, "--bulk-outcomes", "");
        if (!bulkOutcomes.isEmpty()) {
            // No file: straight into outcomes-service's store (the driver must be on the class path).
            OutcomesBulkLoad.load(settings, bulkOutcomes, keys(args), summary);
            return;
        }
        try (Ssda903Files files = new Ssda903Files(out.resolve("ssda903"), settings.collectionYears());
             JsonLines carerLines = new JsonLines(out.resolve("carers.jsonl"));
             CarerRegister carers = new CarerRegister(settings, carer -> {
                 carerLines.write(carer.toJson());
                 summary.count(carer);
             });
             NcpdStream stream = new NcpdStream(out.resolve("ncpd"), seed,
                     keys(args))) {
            Consumer<Child> sink = files.andThen(carers).andThen(summary);
            Generator.generate(settings, flag(args, "--ncpd") ? sink.andThen(stream) : sink);
        }
        System.out.print(summary.print());
        System.out.println("SSDA903 files in " + out.resolve("ssda903") + ", carers in " + out.resolve("carers.jsonl"));
    }

    private static ChildKeys keys(String[] args) {
        return new ChildKeys(option(args, "--pseudonymisation-key", ChildKeys.SYNTHETIC_SECRET));
    }

    private static boolean flag(String[] args, String name) {
        return Arrays.asList(args).contains(name);
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
