package org.permanenceplatform.gateway.web.outcomes;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;

/** Financial years (April to March) as outcomes-service writes them, {@code 2024-25}. */
final class Periods {

    /** How many years a trend shows. */
    static final int TREND_YEARS = 5;
    /** How many years back a query may ask for. */
    static final int QUERY_YEARS = 10;

    private Periods() {
    }

    /** The financial year {@code today} falls in, and the ones before it: newest first. */
    static List<String> backFrom(LocalDate today, int years) {
        int start = today.getMonthValue() >= Month.APRIL.getValue() ? today.getYear() : today.getYear() - 1;
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < years; i++) {
            periods.add(written(start - i));
        }
        return periods;
    }

    private static String written(int startYear) {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
