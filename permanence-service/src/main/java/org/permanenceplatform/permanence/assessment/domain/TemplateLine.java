package org.permanenceplatform.permanence.assessment.domain;

import org.permanenceplatform.permanence.clock.domain.Timescale;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One stage line of the templates file: {@code TYPE | stage-key | Title | rule; rule; ...}. The rules are:
 * <ul>
 *   <li>exactly one clock: {@code no clock}, {@code due <timescale> after start} or
 *       {@code due <timescale> after previous stage};</li>
 *   <li>{@code decision by <ROLE>};</li>
 *   <li>{@code court order};</li>
 *   <li>{@code at most <n> extension(s) of up to <w> weeks};</li>
 *   <li>{@code not before <timescale> after <stage-key>}.</li>
 * </ul>
 * A timescale is a whole number and days, weeks, working days or months.
 */
record TemplateLine(AssessmentType type, StageTemplate stage) {

    private static final Pattern DUE = Pattern.compile("due (.+?) after (start|previous stage)");
    private static final Pattern DECISION = Pattern.compile("(?i)decision by (\\S+)");
    private static final Pattern EXTENSIONS = Pattern.compile("at most (\\d+) extensions? of up to (\\d+) weeks?");
    private static final Pattern NOT_BEFORE = Pattern.compile("not before (.+?) after (\\S+)");

    /** @throws IllegalArgumentException saying what is wrong with the line */
    static TemplateLine parse(String line) {
        String[] fields = line.split("\\|", -1);
        if (fields.length != 4) {
            throw new IllegalArgumentException("expected TYPE | stage-key | Title | rules, with 4 fields separated "
                    + "by |, but found " + fields.length);
        }
        AssessmentType type = type(fields[0].strip());
        Rules rules = new Rules();
        for (String rule : fields[3].split(";")) {
            if (!rule.isBlank()) {
                rules.read(rule.strip().replaceAll("\\s+", " "));
            }
        }
        if (rules.clock == null) {
            throw new IllegalArgumentException("no clock: give 'due <timescale> after start', "
                    + "'due <timescale> after previous stage' or 'no clock'");
        }
        return new TemplateLine(type, new StageTemplate(fields[1].strip(), fields[2], rules.clock, rules.decisionRole,
                rules.courtOrder, rules.maxExtensions, rules.maxExtensionWeeks, rules.earliestAfter));
    }

    private static AssessmentType type(String name) {
        try {
            return AssessmentType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown assessment type '" + name + "'");
        }
    }

    /** The rules of one line as they are read. */
    private static final class Rules {
        StageClockRule clock;
        String decisionRole;
        boolean courtOrder;
        int maxExtensions;
        int maxExtensionWeeks;
        EarliestAfter earliestAfter;

        void read(String rule) {
            String lower = rule.toLowerCase(Locale.ROOT);
            Matcher m;
            if (lower.equals("no clock")) {
                clock(StageClockRule.none());
            } else if ((m = DUE.matcher(lower)).matches()) {
                Timescale timescale = Timescale.parse(m.group(1));
                clock(m.group(2).equals("start") ? StageClockRule.fromStart(timescale)
                        : StageClockRule.afterPreviousStage(timescale));
            } else if ((m = DECISION.matcher(rule)).matches()) {
                decisionRole = m.group(1);
            } else if (lower.equals("court order")) {
                courtOrder = true;
            } else if ((m = EXTENSIONS.matcher(lower)).matches()) {
                maxExtensions = Integer.parseInt(m.group(1));
                maxExtensionWeeks = Integer.parseInt(m.group(2));
            } else if ((m = NOT_BEFORE.matcher(lower)).matches()) {
                earliestAfter = new EarliestAfter(m.group(2), Timescale.parse(m.group(1)));
            } else {
                throw new IllegalArgumentException("unknown rule '" + rule + "'");
            }
        }

        private void clock(StageClockRule rule) {
            if (clock != null) {
                throw new IllegalArgumentException("more than one clock: '" + clock + "' and '" + rule + "'");
            }
            clock = rule;
        }
    }
}
