package org.permanenceplatform.permanence.assessment.domain;

import org.permanenceplatform.permanence.reference.domain.ReferenceFile;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every assessment type's template, read from a configuration file so that the stages and their clocks can be
 * changed (when the law or local practice changes) without changing code. The file is checked as a whole when it is
 * read: a mistake stops the service at start-up with the line at fault, rather than mistiming a child's assessment.
 *
 * <p>The format is one stage a line, in order, described in {@link TemplateLine}; lines starting with {@code #} are
 * comments, and every assessment type must have at least one stage.
 */
public final class AssessmentTemplates {

    /** The templates shipped with the service. */
    public static final String STANDARD = "/assessment-templates.conf";

    private final Map<AssessmentType, AssessmentTemplate> templates;

    private AssessmentTemplates(Map<AssessmentType, AssessmentTemplate> templates) {
        this.templates = templates;
    }

    /** The templates shipped with the service. */
    public static AssessmentTemplates standard() {
        return load(STANDARD);
    }

    /** Reads templates from the classpath. */
    public static AssessmentTemplates load(String resource) {
        return parse(ReferenceFile.lines(resource, "assessment templates"), resource);
    }

    /**
     * Reads templates from the lines of a file.
     *
     * @param source named in errors, with the line number at fault
     * @throws IllegalStateException for an unknown type, a bad rule or timescale, a duplicate stage key, a wait for
     *                               a stage that does not come earlier, or a type with no stages
     */
    public static AssessmentTemplates parse(List<String> lines, String source) {
        Map<AssessmentType, AssessmentTemplate> templates = new EnumMap<>(AssessmentType.class);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                TemplateLine stage = TemplateLine.parse(line);
                AssessmentTemplate sofar = templates.get(stage.type());
                templates.put(stage.type(), sofar == null
                        ? new AssessmentTemplate(stage.type(), List.of(stage.stage()))
                        : sofar.with(stage.stage()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + " line " + (i + 1) + ": " + e.getMessage()
                        + "\n  " + line, e);
            }
        }
        for (AssessmentType type : AssessmentType.values()) {
            if (!templates.containsKey(type)) {
                throw new IllegalStateException(source + " has no stages for " + type);
            }
        }
        return new AssessmentTemplates(templates);
    }

    /** The template for a type; every type has one. */
    public AssessmentTemplate of(AssessmentType type) {
        return templates.get(Objects.requireNonNull(type, "type"));
    }

    /** Every template, in the order of {@link AssessmentType}. */
    public List<AssessmentTemplate> all() {
        return List.copyOf(templates.values());
    }
}
