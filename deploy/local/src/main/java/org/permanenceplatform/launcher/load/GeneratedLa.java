package org.permanenceplatform.launcher.load;

import org.permanenceplatform.generator.Generator;
import org.permanenceplatform.generator.Settings;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.launcher.GatewayClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The launcher's {@code --seed N [--la CODE] [--children N]}: one LA's generated children (seed N, the collection
 * year 2024-25 as of 31 March 2025), loaded through the gateway by {@link ApiLoader} after the demo data. Only an LA
 * whose demo team has a practitioner, an IRO, a decision maker, a virtual school and a support worker can be loaded
 * (a planned move needs the first three, school years and support the others), so Durham by default; a subset of its children, every k-th in entry order so that adoptions, SGOs and returns home
 * come along, and only children who entered care from 2000, the first year the services' clocks cover.
 */
public record GeneratedLa(long seed, String la, int children) {

    static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    static final LocalDate FIRST_DAY_THE_SERVICE_CLOCKS_COVER = LocalDate.of(2000, 1, 1);
    /** The LAs whose demo logins include the whole team the loader acts as, by the logins' suffix. */
    static final Map<String, String> DEMO_TEAMS = Map.of("840", "durham");
    static final String DEFAULT_LA = "840";
    static final int DEFAULT_CHILDREN = 40;
    /** The demo data's generated journeys: County Durham, seed 7, 30 children spread over the entry years. */
    public static final GeneratedLa DEMO = new GeneratedLa(7, DEFAULT_LA, 30);

    public GeneratedLa {
        if (!DEMO_TEAMS.containsKey(la)) {
            throw new IllegalArgumentException("--la " + la + " has no demo team to load it (practitioner, IRO,"
                    + " decision maker, virtual school and support worker); use one of " + DEMO_TEAMS.keySet());
        }
        if (children < 1) {
            throw new IllegalArgumentException("--children must be at least 1, was " + children);
        }
    }

    /** From the launcher's arguments: present when {@code --seed} is followed by a number. */
    public static Optional<GeneratedLa> parse(String[] args) {
        Long seed = null;
        String la = DEFAULT_LA;
        int children = DEFAULT_CHILDREN;
        for (int i = 0; i < args.length - 1; i++) {
            switch (args[i]) {
                case "--seed" -> seed = number(args[i + 1]);
                case "--la" -> la = args[i + 1];
                case "--children" -> children = Math.toIntExact(orFail(number(args[i + 1]), "--children", args[i + 1]));
                default -> {
                }
            }
        }
        boolean laOptions = Arrays.asList(args).contains("--la") || Arrays.asList(args).contains("--children");
        if (seed == null && laOptions) {
            throw new IllegalArgumentException("--la and --children go with --seed N (N a number)");
        }
        return seed == null ? Optional.empty() : Optional.of(new GeneratedLa(seed, la, children));
    }

    /** The children to load, in entry order. */
    public List<Child> chosen() {
        List<Child> covered = new ArrayList<>();
        Generator.generate(new Settings(seed, AS_OF.getYear(), 1, AS_OF, List.of(la)), child -> {
            if (!child.periods().get(0).start().isBefore(FIRST_DAY_THE_SERVICE_CLOCKS_COVER)) {
                covered.add(child);
            }
        });
        int every = Math.max(1, covered.size() / children);
        List<Child> chosen = new ArrayList<>();
        for (int i = 0; i < covered.size() && chosen.size() < children; i += every) {
            chosen.add(covered.get(i));
        }
        return chosen;
    }

    /** Loads the chosen children as the LA's demo team, signed in by {@code signedIn}; answers how many. */
    public int load(Function<String, GatewayClient> signedIn) {
        String team = DEMO_TEAMS.get(la);
        ApiLoader loader = new ApiLoader(new ApiLoader.Team("practitioner." + team,
                signedIn.apply("practitioner." + team), signedIn.apply("iro." + team),
                signedIn.apply("decisions." + team), signedIn.apply("virtualschool." + team),
                signedIn.apply("support." + team)));
        List<Child> chosen = chosen();
        chosen.forEach(loader::load);
        return chosen.size();
    }

    private static Long number(String written) {
        try {
            return Long.parseLong(written);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long orFail(Long value, String option, String written) {
        if (value == null) {
            throw new IllegalArgumentException(option + " takes a number, was " + written);
        }
        return value;
    }
}
