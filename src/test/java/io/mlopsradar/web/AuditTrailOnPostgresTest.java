package io.mlopsradar.web;

import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;

/** The audit trail on embedded PostgreSQL, the production database. */
class AuditTrailOnPostgresTest extends AuditTrailTest {
    @Override
    Database database() {
        return TestDatabases.postgres();
    }
}
