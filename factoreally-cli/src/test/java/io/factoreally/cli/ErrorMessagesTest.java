package io.factoreally.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factoreally.FactoreallyException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The one-line descriptions of what a command can end with. */
class ErrorMessagesTest {

    @Test
    void ourOwnErrorsKeepTheirMessage() {
        assertThat(ErrorMessages.describe(new FactoreallyException("a.json: line 2, column 3: bad")))
                .isEqualTo("a.json: line 2, column 3: bad");
    }

    @Test
    void fileErrorsNameTheFile() {
        assertThat(ErrorMessages.describe(new NoSuchFileException("x.json"))).isEqualTo("file not found: x.json");
        assertThat(ErrorMessages.describe(new AccessDeniedException("/etc/shadow")))
                .isEqualTo("permission denied: /etc/shadow");
        assertThat(ErrorMessages.describe(new UncheckedIOException("out.json: cannot write spec: disk full",
                new IOException("disk full")))).isEqualTo("out.json: cannot write spec: disk full");
    }

    @Test
    void jsonErrorsGiveLineColumnAndWhatWasExpected() {
        JsonProcessingException e = catchThrowableOfType(JsonProcessingException.class,
                () -> new ObjectMapper().readTree("{\n  \"a\": tru\n}"));
        assertThat(ErrorMessages.json(e, "c.json"))
                .startsWith("c.json: invalid JSON at line 2, column ")
                .contains("Unrecognized token 'tru'")
                .doesNotContain("\n");
    }

    @Test
    void jvmErrorsInsideOtherExceptionsSayWhatToDo() {
        assertThat(ErrorMessages.describe(new IllegalStateException(new OutOfMemoryError("Java heap space"))))
                .startsWith("out of memory (maximum heap ").endsWith("e.g. FACTOREALLY_JAVA_OPTS=-Xmx4g ./factoreally ...");
        assertThat(ErrorMessages.describe(new RuntimeException(new StackOverflowError())))
                .startsWith("input nested too deeply to process (stack overflow)");
    }

    @Test
    void anythingElseIsAnInternalErrorPointingToVerbose() {
        assertThat(ErrorMessages.describe(new NullPointerException("boom")))
                .isEqualTo("internal error: java.lang.NullPointerException: boom (run again with --verbose for the stack trace)");
    }
}
