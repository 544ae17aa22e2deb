package org.tradetalks.observability;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;

/**
 * Gives every HTTP request an id, logged with each line written while serving it ({@code %X{requestId}}
 * in text logs, the {@code mdc} object in JSON logs) and returned in the {@code X-Request-Id} header. A
 * well-formed id sent by the client or a proxy is kept, so one id follows the request across services.
 */
@ApplicationScoped
public class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String offered = context.request().getHeader(HEADER);
            String id = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
            MDC.put("requestId", id);
            context.response().putHeader(HEADER, id);
            context.addEndHandler(done -> MDC.remove("requestId"));
            context.next();
        });
    }
}
