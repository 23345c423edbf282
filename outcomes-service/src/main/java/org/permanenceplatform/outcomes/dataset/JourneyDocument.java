package org.permanenceplatform.outcomes.dataset;

import org.bson.Document;
import org.permanenceplatform.outcomes.indicator.domain.ChildFacts;
import org.permanenceplatform.outcomes.indicator.domain.Journey;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.permanenceplatform.outcomes.dataset.StoredValues.bool;
import static org.permanenceplatform.outcomes.dataset.StoredValues.date;
import static org.permanenceplatform.outcomes.dataset.StoredValues.decimal;
import static org.permanenceplatform.outcomes.dataset.StoredValues.documents;
import static org.permanenceplatform.outcomes.dataset.StoredValues.integer;
import static org.permanenceplatform.outcomes.dataset.StoredValues.nested;
import static org.permanenceplatform.outcomes.dataset.StoredValues.route;
import static org.permanenceplatform.outcomes.dataset.StoredValues.text;

/**
 * Reads one {@code ncpd_children} document, as {@link NationalChildRecords} writes it, into a {@link Journey}: a
 * tolerant reader. Fields it does not know are ignored; a missing or unreadable optional value is unknown (null); a
 * part that cannot stand without a value (a period without its entry date, a placement without its start or type)
 * is left out, since an indicator could not place it. Support requests and breakdowns are those
 * {@link SupportFacts} keeps from support-service's events, in number order; one without the day it is ordered by
 * (received, or the breakdown's date) is left out.
 */
final class JourneyDocument {

    /** What the store reads of each document: the child's facts and the latest journey, never the child key. */
    static final List<String> FIELDS = List.of("la", "region", "sex", "ethnicGroup", "birthMonth", "disabled",
            "uasc", "journey", "support");

    private JourneyDocument() {
    }

    /** The journey, or empty when the child's LA or birth month is missing (no indicator could place the child). */
    static Optional<Journey> read(Document child) {
        Optional<ChildFacts> facts = facts(child);
        Document journey = child.get("journey") instanceof Document stored ? stored : new Document();
        return facts.map(known -> new Journey(known,
                documents(journey, "periods").stream().map(PeriodDocument::read).flatMap(Optional::stream).toList(),
                documents(journey, "education").stream().map(JourneyDocument::educationYear)
                        .filter(Objects::nonNull).toList(),
                supportItems(child, "requests").stream().map(JourneyDocument::supportRequest)
                        .filter(Objects::nonNull).toList(),
                supportItems(child, "breakdowns").stream().map(JourneyDocument::breakdown)
                        .filter(Objects::nonNull).toList()));
    }

    /** The items kept under {@code support.<list>}, by their number. */
    private static List<Document> supportItems(Document child, String list) {
        Document support = nested(child, "support");
        Document items = support == null ? null : nested(support, list);
        if (items == null) {
            return List.of();
        }
        return items.keySet().stream().filter(number -> number.matches("\\d+"))
                .sorted(Comparator.comparingInt(Integer::parseInt))
                .map(number -> nested(items, number)).filter(Objects::nonNull).toList();
    }

    private static Journey.SupportRequest supportRequest(Document request) {
        LocalDate received = date(request, "received");
        return received == null ? null : new Journey.SupportRequest(route(request, "route"), received,
                date(request, "firstResponse"), date(request, "serviceStarted"));
    }

    private static Journey.Breakdown breakdown(Document breakdown) {
        LocalDate date = date(breakdown, "date");
        return date == null ? null : new Journey.Breakdown(date, bool(breakdown, "cameBackIntoCare"));
    }

    private static Optional<ChildFacts> facts(Document child) {
        String la = text(child, "la");
        YearMonth birthMonth = birthMonth(text(child, "birthMonth"));
        if (la == null || birthMonth == null) {
            return Optional.empty();
        }
        return Optional.of(new ChildFacts(la, text(child, "region"), text(child, "sex"), text(child, "ethnicGroup"),
                birthMonth, bool(child, "disabled"), bool(child, "uasc")));
    }

    private static YearMonth birthMonth(String written) {
        try {
            return written == null ? null : YearMonth.parse(written);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Journey.EducationYear educationYear(Document year) {
        String academicYear = text(year, "academicYear");
        if (academicYear == null) {
            return null;
        }
        return new Journey.EducationYear(academicYear, year.get("ks2ExpectedStandardMet") instanceof Boolean met
                ? met : null, decimal(year.get("attainment8")), decimal(year.get("sessionsMissedPercent")),
                integer(year.get("suspensions")), year.get("permanentlyExcluded") instanceof Boolean excluded
                ? excluded : null);
    }

}
