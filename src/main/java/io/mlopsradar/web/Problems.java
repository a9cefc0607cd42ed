package io.mlopsradar.web;

import io.javalin.http.Context;
import io.mlopsradar.input.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A refused input file answered as problem+json (400) with each problem's file, line, field and message. */
final class Problems {
    private Problems() {
    }

    /** Answers 400 listing the problems; {@code withFile} adds each problem's file (several files, or an upload's name). */
    static void answer(Context ctx, String detail, List<Problem> problems, boolean withFile) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", "Bad Request");
        problem.put("status", 400);
        problem.put("detail", detail);
        problem.put("instance", ctx.path());
        problem.put("problems", problems.stream().map(p -> fields(p, withFile)).toList());
        ctx.status(400).contentType("application/problem+json").result(Json.write(problem));
    }

    static Map<String, Object> fields(Problem p, boolean withFile) {
        var m = new LinkedHashMap<String, Object>();
        if (withFile) m.put("file", p.file() == null ? "" : p.file());
        m.put("line", p.line());
        m.put("field", p.field() == null ? "" : p.field());
        m.put("message", p.message());
        return m;
    }
}
