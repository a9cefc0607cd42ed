package io.mlopsradar.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import io.mlopsradar.input.Problem;
import java.util.List;

/** An API error as RFC 9457 problem+json: the one shape every /api answer that fails has, with the bad lines of an upload when there are some. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProblemJson(String type, String title, int status, String detail, String instance, List<Line> problems) {

    /** One bad line of an uploaded document. */
    record Line(int line, String field, String message) {
    }

    /** Answers the request with this status and detail. */
    static void send(Context ctx, int status, String detail) {
        send(ctx, new ProblemJson("about:blank", WebApp.title(status), status, detail, ctx.path(), null));
    }

    /** Answers a 400 whose detail lists the problems found in an uploaded document. */
    static void invalid(Context ctx, String detail, List<Problem> problems) {
        send(ctx, new ProblemJson("about:blank", WebApp.title(400), 400, detail, ctx.path(), problems.stream()
                .map(p -> new Line(p.line(), p.field() == null ? "" : p.field(), p.message())).toList()));
    }

    private static void send(Context ctx, ProblemJson problem) {
        ctx.status(problem.status()).contentType("application/problem+json").result(Json.write(problem));
    }
}
