package io.mlopsradar.web;

import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;

/** Single sign-on on the embedded default database. */
class OidcSignInOnSqliteTest extends OidcSignInTest {
    @Override
    Database database() {
        return TestDatabases.sqlite();
    }
}
