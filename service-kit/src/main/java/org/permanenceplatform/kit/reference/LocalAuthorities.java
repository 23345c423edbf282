package org.permanenceplatform.kit.reference;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The 153 local authorities and their 9 regions, from the reference file shipped in this library (see SOURCES.md
 * beside it for its source and licence).
 */
public final class LocalAuthorities {

    private static final String RESOURCE = "local-authorities.csv";
    private static final LocalAuthorities ENGLAND = load();

    private final Map<String, LocalAuthority> byCode;

    private LocalAuthorities(Map<String, LocalAuthority> byCode) {
        this.byCode = Map.copyOf(byCode);
    }

    public static LocalAuthorities england() {
        return ENGLAND;
    }

    public Optional<LocalAuthority> byCode(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public boolean isKnown(String code) {
        return code != null && byCode.containsKey(code);
    }

    public Collection<LocalAuthority> all() {
        return byCode.values();
    }

    private static LocalAuthorities load() {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (InputStream in = LocalAuthorities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + RESOURCE);
            }
            MappingIterator<Map<String, String>> rows = new CsvMapper()
                    .readerFor(Map.class).with(schema).readValues(in);
            Map<String, LocalAuthority> byCode = new LinkedHashMap<>();
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                LocalAuthority la = new LocalAuthority(row.get("la_code_old"), row.get("la_code_new"),
                        row.get("la_name"), row.get("region_code"), row.get("region_name"));
                byCode.put(la.code(), la);
            }
            return new LocalAuthorities(byCode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
