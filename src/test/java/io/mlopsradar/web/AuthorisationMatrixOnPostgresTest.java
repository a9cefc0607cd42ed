package io.mlopsradar.web;

import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;

/** The authorisation matrix on embedded PostgreSQL, the production database. */
class AuthorisationMatrixOnPostgresTest extends AuthorisationMatrixTest {
    @Override
    Database database() {
        return TestDatabases.postgres();
    }
}
