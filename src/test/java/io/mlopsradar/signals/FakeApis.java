package io.mlopsradar.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Answers written here in the shapes of GitHub's, PyPI's and npm's real APIs, routed by request target; a target may
 * be given a queue of answers (first 500, then 200) or a function of the request (to check If-None-Match).
 */
final class FakeApis extends Dispatcher {
    final Map<String, ConcurrentLinkedQueue<Function<RecordedRequest, MockResponse>>> routes = new ConcurrentHashMap<>();
    final List<RecordedRequest> seen = java.util.Collections.synchronizedList(new ArrayList<>());

    FakeApis on(String target, MockResponse... answers) {
        var q = routes.computeIfAbsent(target, k -> new ConcurrentLinkedQueue<>());
        for (MockResponse a : answers) q.add(r -> a);
        return this;
    }

    FakeApis on(String target, Function<RecordedRequest, MockResponse> answer) {
        routes.computeIfAbsent(target, k -> new ConcurrentLinkedQueue<>()).add(answer);
        return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        seen.add(request);
        var q = routes.get(request.getTarget());
        if (q == null || q.isEmpty()) return json(404, "{\"message\":\"Not Found\",\"documentation_url\":\"https://docs.github.com/rest\",\"status\":\"404\"}");
        var answer = q.size() > 1 ? q.poll() : q.peek();
        return answer.apply(request);
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json; charset=utf-8").body(body).build();
    }

    static MockResponse.Builder ok(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json; charset=utf-8").body(body);
    }

    static String repo(String fullName, int stars, boolean archived) {
        return """
                {"id": 136202695, "node_id": "MDEwOlJlcG9zaXRvcnkxMzYyMDI2OTU=", "name": "%s", "full_name": "%s",
                 "private": false, "html_url": "https://github.com/%s", "fork": false,
                 "created_at": "2018-06-05T16:05:58Z", "updated_at": "2026-11-20T09:14:02Z", "pushed_at": "2026-11-19T22:01:45Z",
                 "stargazers_count": %d, "watchers_count": %d, "forks_count": 4960, "open_issues_count": 1187,
                 "archived": %s, "disabled": false, "default_branch": "master",
                 "license": {"key": "apache-2.0", "name": "Apache License 2.0", "spdx_id": "Apache-2.0",
                             "url": "https://api.github.com/licenses/apache-2.0", "node_id": "MDc6TGljZW5zZTI="},
                 "topics": ["machine-learning", "mlops"], "visibility": "public", "subscribers_count": 298}
                """.formatted(fullName.substring(fullName.indexOf('/') + 1), fullName, fullName, stars, stars, archived);
    }

    static String commit(String date) {
        return """
                {"sha": "5f3c1e0a9b7d2c4e6f8a0b1c2d3e4f5a6b7c8d9e", "node_id": "C_kwDOCB5nB9oAKDVmM2Mx",
                 "commit": {"author": {"name": "A Developer", "email": "dev@example.org", "date": "%s"},
                            "committer": {"name": "GitHub", "email": "noreply@github.com", "date": "%s"},
                            "message": "Fix typo in docs (#14000)", "comment_count": 0},
                 "html_url": "https://github.com/mlflow/mlflow/commit/5f3c1e0a", "parents": []}
                """.formatted(date, date);
    }

    static String release(String tag, String published) {
        return """
                {"url": "https://api.github.com/repos/mlflow/mlflow/releases/201", "id": 201, "tag_name": "%s",
                 "target_commitish": "master", "name": "MLflow %s", "draft": false, "prerelease": false,
                 "created_at": "%s", "published_at": "%s", "assets": []}
                """.formatted(tag, tag, published, published);
    }

    static final String CONTRIBUTORS = """
            [{"login": "harupy", "id": 17039389, "type": "User", "site_admin": false, "contributions": 2702}]
            """;

    static String contributorsLink(String base, String repo, int last) {
        return "<" + base + "repos/" + repo + "/contributors?per_page=1&anon=true&page=2>; rel=\"next\", <" + base
                + "repos/" + repo + "/contributors?per_page=1&anon=true&page=" + last + ">; rel=\"last\"";
    }

    static final String PYPI = """
            {"info": {"name": "mlflow", "version": "3.6.0", "summary": "MLflow is an open source platform for the complete machine learning lifecycle",
                      "license": "Apache-2.0", "requires_python": ">=3.10", "yanked": false},
             "last_serial": 31000000,
             "releases": {"0.1.0": [{"filename": "mlflow-0.1.0-py3-none-any.whl", "packagetype": "bdist_wheel",
                                     "upload_time": "2018-06-05T19:10:41", "upload_time_iso_8601": "2018-06-05T19:10:41.123456Z", "yanked": false}],
                          "3.5.1": [{"filename": "mlflow-3.5.1.tar.gz", "packagetype": "sdist",
                                     "upload_time": "2026-10-20T08:00:00", "upload_time_iso_8601": "2026-10-20T08:00:00.000000Z", "yanked": false}],
                          "3.6.0": [{"filename": "mlflow-3.6.0-py3-none-any.whl", "packagetype": "bdist_wheel",
                                     "upload_time": "2026-11-02T10:30:00", "upload_time_iso_8601": "2026-11-02T10:30:00.000000Z", "yanked": false},
                                    {"filename": "mlflow-3.6.0.tar.gz", "packagetype": "sdist",
                                     "upload_time": "2026-11-02T10:31:00", "upload_time_iso_8601": "2026-11-02T10:31:00.000000Z", "yanked": false}]},
             "urls": [], "vulnerabilities": []}
            """;

    static final String NPM = """
            {"_id": "mlflow", "name": "mlflow", "dist-tags": {"latest": "1.4.0", "next": "2.0.0-rc.1"},
             "versions": {"1.4.0": {"name": "mlflow", "version": "1.4.0"}},
             "time": {"created": "2023-03-01T12:00:00.000Z", "modified": "2026-11-10T12:00:00.000Z",
                      "1.4.0": "2026-11-10T11:59:00.000Z", "2.0.0-rc.1": "2026-11-15T09:00:00.000Z"}}
            """;
}
