package io.factoreally.junit5;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves which JUnit the suite runs on: the build runs it on JUnit 5 and again on JUnit 6 (see the pom). */
class JUnitVersionTest {

    @Test
    void runsOnTheJUnitThisSurefireExecutionIsFor() {
        String expected = System.getProperty("expected.junit.major");
        String jupiter = Test.class.getPackage().getImplementationVersion();
        String platform = org.junit.platform.testkit.engine.EngineTestKit.class.getPackage().getImplementationVersion();
        assertThat(expected).as("system property expected.junit.major (set by the surefire execution)").isNotNull();
        assertThat(jupiter).startsWith(expected + ".");
        assertThat(platform).startsWith(expected.equals("5") ? "1." : expected + ".");
    }
}
