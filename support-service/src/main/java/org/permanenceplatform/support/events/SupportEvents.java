package org.permanenceplatform.support.events;

import org.permanenceplatform.kit.events.EventEnvelope;
import org.permanenceplatform.kit.pseudonym.ChildKeys;
import org.permanenceplatform.support.plan.domain.PlannedService;
import org.permanenceplatform.support.plan.domain.SupportPlan;
import org.permanenceplatform.support.request.domain.ClockKind;
import org.permanenceplatform.support.request.domain.SupportRequest;
import org.permanenceplatform.support.request.domain.SupportStandards;
import org.permanenceplatform.support.stability.domain.Breakdown;
import org.permanenceplatform.support.supportcase.domain.Permanence;
import org.permanenceplatform.support.supportcase.domain.SupportCase;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The national dataset events a change to a support case emits: each request, service and breakdown whose
 * national form changed, numbered within the child's case and keyed by the child key (never a name, a date of birth,
 * an address or a local id).
 */
@Component
public class SupportEvents {

    public static final String PRODUCER = "support-service";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChildKeys keys;
    private final SupportStandards standards;

    public SupportEvents(ChildKeys keys, SupportStandards standards) {
        this.keys = keys;
        this.standards = standards;
    }

    /** @param nextSequence the child key's next national sequence number, asked for only if something is sent */
    public List<EventEnvelope> changed(SupportCase before, SupportCase after, Instant at, LongSupplier nextSequence) {
        Map<String, Map<String, Object>> was = nationalForm(before);
        List<EventEnvelope> events = new ArrayList<>();
        long sequence = 0;
        for (Map.Entry<String, Map<String, Object>> item : nationalForm(after).entrySet()) {
            if (Objects.equals(was.get(item.getKey()), item.getValue())) {
                continue;
            }
            sequence = sequence == 0 ? nextSequence.getAsLong() : sequence + 1;
            String type = item.getKey().substring(0, item.getKey().indexOf('#'));
            events.add(EventEnvelope.of(type, 1, at, PRODUCER, keys.keyOf(after.la(), after.localChildId()),
                    sequence, after.la(), item.getValue()));
        }
        return events;
    }

    /** Every request, service and breakdown in its national form, by type and number ("type#number"). */
    Map<String, Map<String, Object>> nationalForm(SupportCase supportCase) {
        Map<String, Map<String, Object>> items = new LinkedHashMap<>();
        String route = supportCase.route().map(Enum::name).orElse(null);
        List<SupportRequest> requests = supportCase.record().requests();
        for (int i = 0; i < requests.size(); i++) {
            put(items, EventCatalogue.REQUEST_CHANGED, i + 1, request(i + 1, route, requests.get(i)));
        }
        int number = 0;
        for (SupportPlan plan : supportCase.record().plans()) {
            for (PlannedService service : plan.services()) {
                number++;
                put(items, EventCatalogue.SERVICE_CHANGED, number, service(number, route, service, requests));
            }
        }
        List<Breakdown> breakdowns = supportCase.record().breakdowns();
        LocalDate permanenceDate = supportCase.latestPermanence().map(Permanence::date).orElse(null);
        for (int i = 0; i < breakdowns.size(); i++) {
            Breakdown breakdown = breakdowns.get(i);
            put(items, EventCatalogue.BREAKDOWN_RECORDED, i + 1, new NcpdBreakdown(i + 1, route, permanenceDate,
                    breakdown.date(), breakdown.cameBackIntoCare()));
        }
        return items;
    }

    private NcpdSupportRequest request(int number, String route, SupportRequest request) {
        return new NcpdSupportRequest(number, route, request.received(), request.requester().name(),
                request.category().name(), request.urgency().name(), request.firstResponse(), request.assessed(),
                request.serviceStarted(), days(request, ClockKind.FIRST_RESPONSE),
                days(request, ClockKind.NEEDS_ASSESSMENT), days(request, ClockKind.SERVICE_START));
    }

    private static NcpdSupportService service(int number, String route, PlannedService service,
                                              List<SupportRequest> requests) {
        Integer requestNumber = null;
        String category = null;
        for (int i = 0; i < requests.size(); i++) {
            if (requests.get(i).id().equals(service.requestId())) {
                requestNumber = i + 1;
                category = requests.get(i).category().name();
            }
        }
        return new NcpdSupportService(number, route, requestNumber, category, service.start(), service.end(),
                service.weeklyCost().toPlainString(), service.fundingSource().name());
    }

    private int days(SupportRequest request, ClockKind kind) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(request.received(), standards.due(request, kind));
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Map<String, Object>> items, String type, int number, Record payload) {
        Map<String, Object> form = new LinkedHashMap<>(JSON.convertValue(payload, Map.class));
        form.values().removeIf(Objects::isNull);
        items.put(type + "#" + number, form);
    }
}
