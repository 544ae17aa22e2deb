package org.tradetalks.schema;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class SchemaDescriptionsIT extends SchemaDescriptionsTest {
}
