package org.permanenceplatform.permanence.rules;

import org.permanenceplatform.kit.problem.ConflictException;
import org.permanenceplatform.kit.problem.RuleNotMetException;
import org.permanenceplatform.permanence.rules.domain.RuleBroken;

import java.util.function.Supplier;

/**
 * What every change to a stored record (a child's, a prospective adopters' household) does the same way: it is made
 * from the version the user saw, or refused (409) so that nothing another user changed is silently overwritten; and
 * a refusal by the domain's rules is a 422 naming the field to correct.
 */
public final class RecordChanges {

    private RecordChanges() {
    }

    /**
     * Refuses a change made from a version the record has moved on from.
     *
     * @param record what the record is, as a user says it ("child", "household")
     * @throws ConflictException when {@code fromVersion} is not the current version
     */
    public static void requireVersion(String record, long currentVersion, long fromVersion) {
        if (currentVersion != fromVersion) {
            throw stale(record, currentVersion, fromVersion);
        }
    }

    /** The 409 for a change made from {@code fromVersion} of a record now at {@code currentVersion}. */
    public static ConflictException stale(String record, long currentVersion, long fromVersion) {
        return new ConflictException("The " + record + " was changed by someone else (now version " + currentVersion
                + ", your change was made from version " + fromVersion + "). Reload it and make your change again.");
    }

    /**
     * Applies a domain change: a {@link RuleBroken} becomes a 422 on its own field, any other refusal by the rules
     * ({@link IllegalArgumentException}, {@link IllegalStateException}) a 422 on {@code field}.
     */
    public static <T> T underTheRules(String field, Supplier<T> change) {
        try {
            return change.get();
        } catch (RuleBroken refused) {
            throw new RuleNotMetException(refused.field(), refused.getMessage());
        } catch (IllegalArgumentException | IllegalStateException refused) {
            throw new RuleNotMetException(field, refused.getMessage());
        }
    }
}
