package org.tradetalks.security;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application (the jar, or the native binary with -Dnative), with its own database. */
@QuarkusIntegrationTest
class EditorAccessIT extends EditorAccessTest {
}
