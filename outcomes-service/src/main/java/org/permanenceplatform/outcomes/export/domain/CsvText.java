package org.permanenceplatform.outcomes.export.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Comma-separated lines as EES reads them (EES-FORMAT.md section 1): a cell holding a comma, a double quote or a line
 * break is quoted, with its quotes doubled; every other cell is written as it is. Lines end with CRLF (RFC 4180).
 */
public final class CsvText {

    private CsvText() {
    }

    public static String write(List<List<String>> lines) {
        return lines.stream().map(CsvText::line).collect(Collectors.joining(""));
    }

    static String line(List<String> cells) {
        return cells.stream().map(CsvText::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
