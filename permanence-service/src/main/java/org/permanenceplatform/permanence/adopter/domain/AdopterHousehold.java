package org.permanenceplatform.permanence.adopter.domain;

import org.permanenceplatform.permanence.assessment.domain.Assessment;
import org.permanenceplatform.permanence.assessment.domain.AssessmentClock;
import org.permanenceplatform.permanence.assessment.domain.AssessmentOutcome;
import org.permanenceplatform.permanence.assessment.domain.AssessmentTemplate;
import org.permanenceplatform.permanence.assessment.domain.AssessmentType;
import org.permanenceplatform.permanence.assessment.domain.StageClock;
import org.permanenceplatform.permanence.assessment.domain.StageRecord;
import org.permanenceplatform.permanence.assessment.domain.StageTemplate;
import org.permanenceplatform.permanence.clock.domain.ClockStatus;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A prospective adopter household known to one local authority (or the regional adoption agency acting for it), and
 * its one approval assessment: stage one, stage two, the panel's recommendation and the agency decision, each stage
 * done in order. An approval says what the adopters are approved for.
 *
 * @param assessment the approval assessment once started, or null; its household is this record's details
 * @param approval   what the household is approved for, once the decision maker has approved it; otherwise null
 * @param version    bumped by every change; a change must name the version it was made from
 */
public record AdopterHousehold(String id, String laCode, HouseholdDetails details, Assessment assessment,
                               Approval approval, long version, Instant createdAt, Instant updatedAt,
                               String createdBy) {

    public AdopterHousehold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(laCode, "laCode");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1");
        }
        if (assessment != null && assessment.type() != AssessmentType.ADOPTER_APPROVAL) {
            throw new IllegalArgumentException("a household's assessment is its approval, not " + assessment.type());
        }
    }

    public static AdopterHousehold register(String id, String laCode, HouseholdDetails details, Instant now,
                                            String by) {
        return new AdopterHousehold(id, laCode, details, null, null, 1, now, now, by);
    }

    /** The household with its details corrected; the assessment cannot have started before the registration. */
    public AdopterHousehold withDetails(HouseholdDetails changed, Instant now) {
        if (assessment != null && changed.registeredInterest().isAfter(assessment.started())) {
            throw new RuleBroken("registeredInterest", "the approval assessment started on " + assessment.started()
                    + ", so the registration of interest was on or before that day");
        }
        return new AdopterHousehold(id, laCode, changed, assessment, approval, version + 1, createdAt, now, createdBy);
    }

    /** Starts the household's one approval assessment, on or after its registration of interest. */
    public AdopterHousehold startAssessment(String assessmentId, AssessmentTemplate template, LocalDate started,
                                            String by, Instant now) {
        if (template.type() != AssessmentType.ADOPTER_APPROVAL) {
            throw new IllegalArgumentException("the approval follows the ADOPTER_APPROVAL template");
        }
        if (assessment != null) {
            throw new RuleBroken("started", "this household's approval assessment started on "
                    + assessment.started() + "; a household has one (register a new interest to start again)");
        }
        if (started.isBefore(details.registeredInterest())) {
            throw new RuleBroken("started", "the assessment starts on or after the registration of interest ("
                    + details.registeredInterest() + ")");
        }
        return with(Assessment.start(assessmentId, template, started, null, by), null, now);
    }

    /** Completes a stage of the assessment that is the team's work, after the stages before it. */
    public AdopterHousehold completeStage(AssessmentTemplate template, String key, LocalDate on, String by,
                                          String note, Instant now) {
        Assessment current = requireAssessment();
        StageTemplate stage = template.stage(key);
        if (stage.isDecision()) {
            throw new RuleBroken("stage", "\"" + stage.title() + "\" is recorded as the decision maker's decision");
        }
        requireEarlierStagesDone(current, template, key, on, "completedOn");
        return with(current.completeStage(template, key, on, by, note), null, now);
    }

    /** Records the adoption panel's recommendation on approval. */
    public AdopterHousehold recommend(String text, Instant now) {
        return with(requireAssessment().recommend(text), null, now);
    }

    /**
     * The agency decision on approval, after the panel's recommendation: it completes the decision stage and closes
     * the assessment, approved (with what for) or not approved.
     */
    public AdopterHousehold decide(AssessmentTemplate template, ApprovalDecision decision, String by, Instant now) {
        Assessment current = requireAssessment();
        StageTemplate stage = template.stages().stream().filter(StageTemplate::isDecision).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("the approval template has no decision stage"));
        requireEarlierStagesDone(current, template, stage.key(), decision.decidedOn(), "decidedOn");
        if (current.recommendation() == null) {
            throw new RuleBroken("recommendation", "the decision follows the panel's recommendation: record it first");
        }
        Assessment decided = current.completeStage(template, stage.key(), decision.decidedOn(), by,
                        decision.reasons())
                .close(decision.approved() ? AssessmentOutcome.APPROVED : AssessmentOutcome.NOT_APPROVED,
                        decision.decidedOn(), decision.reasons());
        return with(decided, decision.approved() ? decision.approval(by) : null, now);
    }

    /** The applicants withdrew (or the agency ended the assessment before a decision). */
    public AdopterHousehold withdraw(LocalDate on, String reason, Instant now) {
        Assessment current = requireAssessment();
        if (on.isBefore(current.started())) {
            throw new RuleBroken("withdrawnOn", "the assessment started on " + current.started());
        }
        return with(current.close(AssessmentOutcome.WITHDRAWN, on, reason), null, now);
    }

    /** The open assessment's clocks; empty before it starts and once it has closed. */
    public Optional<AssessmentClock> openClock(AssessmentTemplate template) {
        return Optional.ofNullable(assessment).filter(Assessment::isOpen).map(open -> open.clock(template));
    }

    /** The running stage clock due soonest. */
    public Optional<StageClock> nextDue(AssessmentTemplate template) {
        return openClock(template).flatMap(AssessmentClock::nextDue);
    }

    /** Whether a stage of the open assessment is overdue on {@code today}. */
    public boolean overdue(AssessmentTemplate template, LocalDate today) {
        return openClock(template).stream().flatMap(clock -> clock.stages().stream())
                .anyMatch(stage -> stage.status(today) == ClockStatus.OVERDUE);
    }

    /** The stage the open assessment is at: the first one not completed. */
    public Optional<String> currentStage() {
        return Optional.ofNullable(assessment).filter(Assessment::isOpen).flatMap(open -> open.stages().stream()
                .filter(stage -> stage.completedOn() == null).map(StageRecord::key).findFirst());
    }

    private Assessment requireAssessment() {
        if (assessment == null) {
            throw new RuleBroken("assessment", "the approval assessment has not started");
        }
        return assessment;
    }

    private static void requireEarlierStagesDone(Assessment assessment, AssessmentTemplate template, String key,
                                                 LocalDate on, String dateField) {
        for (StageTemplate earlier : template.stages().subList(0, template.indexOf(key))) {
            LocalDate done = assessment.stage(earlier.key()).completedOn();
            if (done == null) {
                throw new RuleBroken("stage", "\"" + template.stage(key).title() + "\" follows \""
                        + earlier.title() + "\", which is not completed");
            }
            if (on.isBefore(done)) {
                throw new RuleBroken(dateField, "cannot be before \"" + earlier.title() + "\" was completed (" + done
                        + ")");
            }
        }
    }

    private AdopterHousehold with(Assessment changed, Approval approvedFor, Instant now) {
        return new AdopterHousehold(id, laCode, details, changed, approvedFor, version + 1, createdAt, now,
                createdBy);
    }
}
