package org.permanenceplatform.outcomes.export.api;

import org.permanenceplatform.kit.reference.LocalAuthorities;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.outcomes.export.domain.CsvText;
import org.permanenceplatform.outcomes.export.domain.MetaData;
import org.permanenceplatform.outcomes.export.domain.TidyData;
import org.permanenceplatform.outcomes.figures.PublishedFigures;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a caller may see, as downloads: an EES tidy data file, its {@code .meta.csv}, and the same rows as JSON
 * (EES-FORMAT.md). Same parameters, same scope and the same disclosure-controlled figures as
 * {@code GET /api/outcomes/figures}, read through {@link PublishedFigures}: an export never shows more.
 */
@RestController
@RequestMapping("/api/outcomes/exports")
class ExportResource {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PublishedFigures figures;

    ExportResource(PublishedFigures figures) {
        this.figures = figures;
    }

    /** The rows of a tidy data file as JSON: its name, its columns in order, and each row keyed by column. */
    record TidyRows(String file, List<String> columns, List<Map<String, String>> rows) {
        static TidyRows of(TidyData data) {
            List<Map<String, String>> rows = data.rows().stream().map(row -> {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    cells.put(data.columns().get(i), row.get(i));
                }
                return cells;
            }).toList();
            return new TidyRows(data.name() + ".csv", data.columns(), rows);
        }
    }

    @GetMapping("/{indicator:[^.]+}.csv")
    ResponseEntity<String> data(CurrentUser user, @PathVariable String indicator,
                                @RequestParam(required = false) String period,
                                @RequestParam(required = false) String by,
                                @RequestParam(required = false) List<String> filter) {
        TidyData data = tidy(user, indicator, period, by, filter);
        return download(data.name() + ".csv", CSV, CsvText.write(data.lines()));
    }

    @GetMapping("/{indicator:[^.]+}.meta.csv")
    ResponseEntity<String> meta(CurrentUser user, @PathVariable String indicator,
                                @RequestParam(required = false) String period,
                                @RequestParam(required = false) String by,
                                @RequestParam(required = false) List<String> filter) {
        TidyData data = tidy(user, indicator, period, by, filter);
        return download(data.name() + ".meta.csv", CSV, CsvText.write(MetaData.of(data).lines()));
    }

    @GetMapping("/{indicator:[^.]+}.json")
    ResponseEntity<TidyRows> json(CurrentUser user, @PathVariable String indicator,
                                  @RequestParam(required = false) String period,
                                  @RequestParam(required = false) String by,
                                @RequestParam(required = false) List<String> filter) {
        TidyData data = tidy(user, indicator, period, by, filter);
        return download(data.name() + ".json", MediaType.APPLICATION_JSON, TidyRows.of(data));
    }

    private TidyData tidy(CurrentUser user, String indicator, String period, String by, List<String> filter) {
        return TidyData.of(figures.forCaller(user, indicator, period, by, filter).table(),
                LocalAuthorities.england());
    }

    private static <T> ResponseEntity<T> download(String file, MediaType type, T body) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file).build().toString()).body(body);
    }
}
