package org.tradetalks.subscription;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same checks against the packaged application (the jar, or the native binary with -Dnative), with its own database. */
@QuarkusIntegrationTest
class SubscriptionResumeIT extends SubscriptionResumeTest {
}
