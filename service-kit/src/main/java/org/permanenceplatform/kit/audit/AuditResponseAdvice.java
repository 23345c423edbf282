package org.permanenceplatform.kit.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.permanenceplatform.kit.security.CurrentUser;
import org.permanenceplatform.kit.security.TokenClaims;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.Collection;
import java.util.List;

/**
 * Writes the audit row of an {@link Audited} handler's successful answer after the handler has run and before the
 * body is written. If the row cannot be written the request fails: nothing is answered unaudited.
 */
@ControllerAdvice
public class AuditResponseAdvice implements ResponseBodyAdvice<Object> {

    private final AuditLog log;

    public AuditResponseAdvice(AuditLog log) {
        this.log = log;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.hasMethodAnnotation(Audited.class);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!succeeded(response)) {
            return body;
        }
        Audited audited = returnType.getMethodAnnotation(Audited.class);
        log.record(currentUser(), audited.resource(), audited.action(), subjects(body));
        return body;
    }

    private static boolean succeeded(ServerHttpResponse response) {
        if (response instanceof ServletServerHttpResponse servlet) {
            HttpServletResponse raw = servlet.getServletResponse();
            return raw.getStatus() < 300;
        }
        return true;
    }

    static List<AuditSubject> subjects(Object body) {
        if (body instanceof AuditSubject subject) {
            return List.of(subject);
        }
        if (body instanceof Collection<?> many) {
            return many.stream().filter(AuditSubject.class::isInstance).map(AuditSubject.class::cast).toList();
        }
        throw new IllegalStateException("An @Audited handler must answer AuditSubject records, not " + body);
    }

    private static CurrentUser currentUser() {
        Object principal = SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        return TokenClaims.toCurrentUser((Jwt) principal);
    }
}
