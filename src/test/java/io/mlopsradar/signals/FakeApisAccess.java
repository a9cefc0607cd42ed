package io.mlopsradar.signals;

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
}
