package io.mlopsradar.web;

import io.javalin.config.JavalinConfig;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.util.MethodNotAllowedUtil;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Right answers for the requests no route serves: Javalin's own HTTP errors as problem+json or the error page, a
 * wrong method as 405 with {@code Allow}, OPTIONS as 204 with {@code Allow}, and the errors Jetty answers before
 * Javalin sees the request (a bad URI, a long URI, large headers) with the same security headers as every page.
 */
final class HttpErrors {
    private HttpErrors() {
    }

    static void configure(JavalinConfig config) {
        JavalinState state = config.unsafe;
        config.http.prefer405over404 = true;
        config.routes.options("/*", ctx -> options(ctx, state));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            String allow = allow(ctx, state);
            int status = e.getStatus() == 405 && allow.equals("OPTIONS") ? 404 : e.getStatus(); // only the OPTIONS catch-all matched
            if (status == 405) ctx.header("Allow", allow);
            WebApp.fail(ctx, status, status == 404 ? "nothing at " + ctx.path()
                    : status == 405 ? ctx.method() + " is not allowed on " + ctx.path() + "; allowed: " + allow : e.getMessage());
        });
        config.jetty.modifyServer(server -> server.setErrorHandler(new SecureErrorHandler()));
    }

    private static void options(Context ctx, JavalinState state) {
        String allow = allow(ctx, state);
        if (allow.equals("OPTIONS")) {
            WebApp.fail(ctx, 404, "nothing at " + ctx.path());
            return;
        }
        ctx.header("Allow", allow).status(204);
    }

    /** The methods the path's routes answer, with HEAD beside GET and OPTIONS always. */
    static String allow(Context ctx, JavalinState state) {
        List<HandlerType> types = MethodNotAllowedUtil.INSTANCE.findAvailableHttpHandlerTypes(state.internalRouter, ctx.path());
        Set<String> methods = new LinkedHashSet<>();
        for (HandlerType t : types) {
            if (!t.isHttpMethod() || t == HandlerType.OPTIONS) continue;
            methods.add(t.name());
            if (t == HandlerType.GET) methods.add("HEAD");
        }
        methods.add("OPTIONS");
        return methods.stream().collect(Collectors.joining(", "));
    }

    /** Jetty's error answers (400, 414, 431 …) carrying the security headers of every page. */
    static final class SecureErrorHandler extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            WebApp.SECURITY_HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
            return super.handle(request, response, callback);
        }
    }
}
