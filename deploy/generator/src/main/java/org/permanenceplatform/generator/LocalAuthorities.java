package org.permanenceplatform.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The 153 LAs in 9 regions, read from service-kit's copy of the list (the build copies the same file in; see
 * SOURCES.md beside it), in the file's order. The list has no population, so each LA is sized by a documented proxy,
 * its kind of council (ADR 014): a county council (E10) serves about four times the children of a typical unitary
 * (E06), a metropolitan district (E08) about 1.6 times, a London borough (E09) about 0.9 times; the City of London
 * and the Isles of Scilly have a handful. That puts about 12% of the children in London, as in the published counts.
 */
public final class LocalAuthorities {

    private static final String RESOURCE = "local-authorities.csv";
    private static final Set<String> TINY = Set.of("E09000001", "E06000053");

    private LocalAuthorities() {
    }

    public static List<LocalAuthority> england() {
        try (InputStream in = LocalAuthorities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<LocalAuthority> all = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    List<String> fields = fields(line);
                    all.add(new LocalAuthority(fields.get(0), fields.get(1), fields.get(2), fields.get(3),
                            fields.get(4), size(fields.get(1))));
                }
            }
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double size(String onsCode) {
        if (TINY.contains(onsCode)) {
            return 0.03;
        }
        return switch (onsCode.substring(0, 3)) {
            case "E10" -> 4.0;
            case "E08" -> 1.6;
            case "E09" -> 0.9;
            default -> 1.0;
        };
    }

    /** One CSV line; a field may be quoted to hold a comma ("Kingston upon Hull, City of"). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
