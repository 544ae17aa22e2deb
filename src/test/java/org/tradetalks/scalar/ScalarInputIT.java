package org.tradetalks.scalar;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application. */
@QuarkusIntegrationTest
class ScalarInputIT extends ScalarInputTest {
}
