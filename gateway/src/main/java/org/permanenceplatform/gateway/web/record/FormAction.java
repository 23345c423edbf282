package org.permanenceplatform.gateway.web.record;

import org.permanenceplatform.kit.security.Role;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Set;

/**
 * One form of a record page (a child's, a prospective adopter household's): which service call it makes, the fields
 * it sends, and who sees it. Paths may name form fields in braces ({moveId}); those are taken from the form's hidden
 * fields.
 *
 * @param numbers   fields sent as numbers; {@code booleans} as true or false; the rest as text
 * @param household whether the form carries one adult of a household (start a child's assessment)
 */
public record FormAction(String name, HttpMethod method, String path, List<String> fields, Set<String> numbers,
                         Set<String> booleans, Set<Role> roles, boolean household) {
}
