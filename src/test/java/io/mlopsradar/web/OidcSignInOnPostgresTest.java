package io.mlopsradar.web;

import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;

/** Single sign-on on PostgreSQL (embedded), the production database. */
class OidcSignInOnPostgresTest extends OidcSignInTest {
    @Override
    Database database() {
        return TestDatabases.postgres();
    }
}
