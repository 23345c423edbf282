package org.permanenceplatform.generator.ncpd;

import org.permanenceplatform.generator.LocalAuthorities;
import org.permanenceplatform.generator.LocalAuthority;
import org.permanenceplatform.generator.jsonl.JsonLines;
import org.permanenceplatform.generator.journey.Assessment;
import org.permanenceplatform.generator.journey.Child;
import org.permanenceplatform.generator.journey.EducationYear;
import org.permanenceplatform.generator.journey.PeriodOfCare;
import org.permanenceplatform.generator.journey.Placement;
import org.permanenceplatform.generator.journey.SupportRequest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The {@code ncpd.*} event stream the services would have sent for the generated children, one JSONL file per LA
 * ({@code <la>.jsonl}), one event envelope a line (docs/api/events.md), each child's events together and in date
 * order: from permanence-service {@code ncpd.child.recorded} when the child enters care, then
 * {@code ncpd.journey.changed} on every day the journey as then known changed (sent whole, as JourneyEvents does);
 * from support-service {@code ncpd.support.request.changed} on every day a request's clock stopped and
 * {@code ncpd.support.breakdown.recorded}. Sequences count 1, 2, 3... per producer and child key; event ids are
 * name-based UUIDs of the seed, producer, key and sequence, so the same seed writes the same bytes.
 */
public final class NcpdStream implements Consumer<Child>, AutoCloseable {

    public static final String PERMANENCE = "permanence-service";
    public static final String SUPPORT = "support-service";

    private final Path directory;
    private final long seed;
    private final ChildKeys keys;
    private final Map<String, String> regionByLa = new LinkedHashMap<>();
    private JsonLines open;
    private String openLa;

    public NcpdStream(Path directory, long seed, ChildKeys keys) {
        this.directory = directory;
        this.seed = seed;
        this.keys = keys;
        LocalAuthorities.england().forEach(la -> regionByLa.put(la.code(), la.regionCode()));
    }

    public static Path fileOf(Path directory, String laCode) {
        return directory.resolve(laCode + ".jsonl");
    }

    @Override
    public void accept(Child child) {
        if (!child.laCode().equals(openLa)) {
            close();
            openLa = child.laCode();
            open = new JsonLines(fileOf(directory, openLa));
        }
        events(child).forEach(open::write);
    }

    /** The child's events, in the order they were sent. */
    public List<Map<String, Object>> events(Child child) {
        String key = keys.keyOf(child.laCode(), child.childId());
        List<Map<String, Object>> events = new ArrayList<>();
        long[] sequence = new long[2];
        LocalDate entered = child.periods().get(0).start();
        List<Dated> dated = new ArrayList<>();
        dated.add(new Dated(entered, 0, "ncpd.child.recorded",
                NcpdPayloads.childRecorded(child, regionByLa.get(child.laCode()))));
        Map<String, Object> sent = null;
        for (LocalDate day : journeyDays(child)) {
            Map<String, Object> journey = NcpdPayloads.journey(child.asOf(day).orElseThrow());
            if (!journey.equals(sent)) {
                dated.add(new Dated(day, 0, "ncpd.journey.changed", journey));
                sent = journey;
            }
        }
        for (int i = 0; i < child.supportRequests().size(); i++) {
            SupportRequest request = child.supportRequests().get(i);
            for (LocalDate day : request.changed()) {
                dated.add(new Dated(day, 1, "ncpd.support.request.changed",
                        NcpdSupportPayloads.supportRequest(i + 1, request.asOf(day))));
            }
        }
        for (int i = 0; i < child.breakdowns().size(); i++) {
            dated.add(new Dated(child.breakdowns().get(i).date(), 1, "ncpd.support.breakdown.recorded",
                    NcpdSupportPayloads.breakdown(i + 1, child.breakdowns().get(i))));
        }
        dated.sort((a, b) -> a.day.compareTo(b.day) != 0 ? a.day.compareTo(b.day) : Integer.compare(a.producer, b.producer));
        for (Dated event : dated) {
            String producer = event.producer == 0 ? PERMANENCE : SUPPORT;
            events.add(envelope(event, producer, key, ++sequence[event.producer], child.laCode()));
        }
        return events;
    }

    private record Dated(LocalDate day, int producer, String type, Map<String, Object> payload) {
    }

    private Map<String, Object> envelope(Dated event, String producer, String key, long sequence, String la) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", UUID.nameUUIDFromBytes((seed + "|" + producer + "|" + key + "|" + sequence)
                .getBytes(StandardCharsets.UTF_8)).toString());
        envelope.put("type", event.type);
        envelope.put("version", 1);
        envelope.put("occurredAt", event.day + "T12:00:00Z");
        envelope.put("producer", producer);
        envelope.put("aggregateId", key);
        envelope.put("sequence", sequence);
        envelope.put("la", la);
        envelope.put("payload", event.payload);
        return envelope;
    }

    /** Every day something in the child's journey happened, in order: the days it is sent again. */
    public static TreeSet<LocalDate> journeyDays(Child child) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (PeriodOfCare period : child.periods()) {
            days.add(period.start());
            add(days, period.end());
            period.legalStatuses().forEach(spell -> days.add(spell.start()));
            period.plan().forEach(change -> days.add(change.date()));
            for (Placement placement : period.placements()) {
                days.add(placement.start());
                add(days, placement.end());
            }
        }
        for (Assessment assessment : child.assessments()) {
            days.add(assessment.started());
            add(days, assessment.closed());
            assessment.stages().forEach(stage -> add(days, stage.completed()));
        }
        child.education().stream().map(EducationYear::known).forEach(days::add);
        return days;
    }

    private static void add(TreeSet<LocalDate> days, LocalDate day) {
        if (day != null) {
            days.add(day);
        }
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
            open = null;
        }
    }
}
