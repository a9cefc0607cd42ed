package io.mlopsradar.signals;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** The fake API answers, for tests in other packages. */
public final class FakeApisAccess {
    private FakeApisAccess() {
    }

    public static String repo(String fullName, int stars) {
        return FakeApis.repo(fullName, stars, false);
    }

    public static String commit(String date) {
        return FakeApis.commit(date);
    }

    /** A GitHub that knows only mlflow/mlflow (its stars and the default branch's last commit) and answers 404 otherwise. */
    public static Dispatcher githubWithMlflow(int stars, String lastCommit) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest req) {
                String body = switch (req.getTarget()) {
                    case "/repos/mlflow/mlflow" -> repo("mlflow/mlflow", stars);
                    case "/repos/mlflow/mlflow/commits/master" -> commit(lastCommit);
                    default -> null;
                };
                return body == null ? new MockResponse.Builder().code(404).body("{\"message\":\"Not Found\"}").build()
                        : new MockResponse.Builder().code(200).body(body).build();
            }
        };
    }
}
