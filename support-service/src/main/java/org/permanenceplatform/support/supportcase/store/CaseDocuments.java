package org.permanenceplatform.support.supportcase.store;

import org.bson.Document;
import org.permanenceplatform.support.allowance.domain.Allowance;
import org.permanenceplatform.support.plan.domain.NeedsAssessment;
import org.permanenceplatform.support.plan.domain.SupportPlan;
import org.permanenceplatform.support.request.domain.SupportRequest;
import org.permanenceplatform.support.stability.domain.Breakdown;
import org.permanenceplatform.support.stability.domain.RiskFlag;
import org.permanenceplatform.support.supportcase.domain.Household;
import org.permanenceplatform.support.supportcase.domain.Permanence;
import org.permanenceplatform.support.supportcase.domain.SupportCase;
import org.permanenceplatform.support.supportcase.domain.SupportRecord;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * How a support case is laid out in its document. Each part is written field by field under its component names:
 * dates as ISO strings (no time zone can shift them), amounts as decimal strings, enums by name, absent values left
 * out. Renaming a component is therefore a layout change. A permanence reported by permanence-service is kept as the
 * event's payload (with the event id); the case reads the fields it needs from it.
 */
final class CaseDocuments {

    static final String LA = "la";
    static final String LOCAL_ID = "localChildId";
    static final String GIVEN_NAME = "givenName";
    static final String FAMILY_NAME = "familyName";
    static final String DATE_OF_BIRTH = "dateOfBirth";
    static final String HOUSEHOLD = "household";
    static final String PERMANENCE = "permanence";
    static final String VERSION = "version";
    static final String OPENED_AT = "openedAt";
    static final String OPENED_BY = "openedBy";
    static final String REQUESTS = "requests";
    static final String ASSESSMENTS = "assessments";
    static final String PLANS = "plans";
    static final String ALLOWANCES = "allowances";
    static final String RISK_FLAGS = "riskFlags";
    static final String BREAKDOWNS = "breakdowns";

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule().addSerializer(BigDecimal.class, ToStringSerializer.instance))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
    private static final TypeReference<Map<String, Object>> STORED_FORM = new TypeReference<>() {
    };

    private CaseDocuments() {
    }

    static Document toDocument(SupportCase supportCase) {
        SupportRecord record = supportCase.record();
        return new Document("_id", supportCase.id())
                .append(LA, supportCase.la())
                .append(LOCAL_ID, supportCase.localChildId())
                .append(GIVEN_NAME, supportCase.givenName())
                .append(FAMILY_NAME, supportCase.familyName())
                .append(DATE_OF_BIRTH, supportCase.dateOfBirth() == null ? null : supportCase.dateOfBirth().toString())
                .append(HOUSEHOLD, write(supportCase.household()))
                .append(PERMANENCE, write(supportCase.permanence()))
                .append(REQUESTS, write(record.requests()))
                .append(ASSESSMENTS, write(record.assessments()))
                .append(PLANS, write(record.plans()))
                .append(ALLOWANCES, write(record.allowances()))
                .append(RISK_FLAGS, write(record.riskFlags()))
                .append(BREAKDOWNS, write(record.breakdowns()))
                .append(VERSION, supportCase.version())
                .append(OPENED_AT, Date.from(supportCase.openedAt()))
                .append(OPENED_BY, supportCase.openedBy());
    }

    static SupportCase toCase(Document document) {
        SupportRecord record = new SupportRecord(readAll(document, REQUESTS, SupportRequest.class),
                readAll(document, ASSESSMENTS, NeedsAssessment.class), readAll(document, PLANS, SupportPlan.class),
                readAll(document, ALLOWANCES, Allowance.class), readAll(document, RISK_FLAGS, RiskFlag.class),
                readAll(document, BREAKDOWNS, Breakdown.class));
        Document household = document.get(HOUSEHOLD, Document.class);
        String dateOfBirth = document.getString(DATE_OF_BIRTH);
        Date openedAt = document.getDate(OPENED_AT);
        return new SupportCase(document.getString("_id"), document.getString(LA), document.getString(LOCAL_ID),
                document.getString(GIVEN_NAME), document.getString(FAMILY_NAME),
                dateOfBirth == null ? null : LocalDate.parse(dateOfBirth),
                household == null ? null : JSON.convertValue(household, Household.class),
                readAll(document, PERMANENCE, Permanence.class), record,
                ((Number) document.get(VERSION)).longValue(),
                openedAt == null ? Instant.EPOCH : openedAt.toInstant(), document.getString(OPENED_BY));
    }

    /** A part in its stored form: maps, lists, strings, numbers and booleans only. */
    static Map<String, Object> write(Record part) {
        return JSON.convertValue(part, STORED_FORM);
    }

    static List<Map<String, Object>> write(List<? extends Record> parts) {
        return parts.stream().map(CaseDocuments::write).toList();
    }

    private static <T> List<T> readAll(Document document, String field, Class<T> type) {
        return document.getList(field, Document.class, List.of()).stream()
                .map(part -> JSON.convertValue(part, type)).toList();
    }
}
