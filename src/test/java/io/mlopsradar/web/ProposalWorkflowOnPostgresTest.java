package io.mlopsradar.web;

import io.mlopsradar.store.Database;
import io.mlopsradar.store.TestDatabases;

/** The proposal workflow and its API writes (412, 409, 428 as problem+json) on embedded PostgreSQL, the production database. */
class ProposalWorkflowOnPostgresTest extends ProposalWorkflowTest {
    @Override
    Database database() {
        return TestDatabases.postgres();
    }
}
