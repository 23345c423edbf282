package org.permanenceplatform.permanence.reference.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A code from one of the DfE's SSDA903 code lists, with the label the return's guidance gives it. The platform
 * stores and exchanges the code, so that an LA's 903 files and the national dataset read the same; the label is
 * for people. Each list is an enum whose constants are named exactly by their codes, so the code is the name.
 */
public interface DfeCode {

    /** The constant's name, which every code list makes equal to the code. */
    String name();

    /** The code as the 903 return writes it, e.g. {@code U4} or {@code E4A}. */
    default String code() {
        return name();
    }

    /** What the code means, in the DfE's words. */
    String label();

    /**
     * The member of {@code list} whose code is {@code code}. Surrounding spaces and letter case are forgiven, since
     * LAs' exported 903 files are not always tidy. The refusal repeats the value only when it is shaped like a code,
     * so that a misaligned CSV column (a name, a date of birth) is never copied into an error message or a log.
     */
    static <E extends Enum<E> & DfeCode> E fromCode(Class<E> list, String code, String listName) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        for (E member : list.getEnumConstants()) {
            if (member.code().equals(wanted)) {
                return member;
            }
        }
        throw new IllegalArgumentException(shown(wanted) + " is not a DfE " + listName + " code");
    }

    private static String shown(String wanted) {
        if (wanted.isEmpty()) {
            return "an empty value";
        }
        return Pattern.matches("[A-Z0-9]{1,6}", wanted) ? "'" + wanted + "'" : "the value given";
    }
}
