package org.tradetalks.questions;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same questions asked of the packaged application. */
@QuarkusIntegrationTest
class AnalystQuestionsIT extends AnalystQuestionsTest {
}
