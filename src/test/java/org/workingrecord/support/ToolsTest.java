package org.workingrecord.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A test whose program is missing is skipped with what to install, except in CI, where it fails. */
class ToolsTest {

    @Test
    void aMissingProgramSkipsOnADevelopersMachineAndFailsInCi() {
        assertThatThrownBy(() -> Tools.require(false, "The print test", "apt-get install nothing-here", "sh",
                "no-such-program-wr"))
                .isInstanceOf(TestAbortedException.class)
                .hasMessage("Skipped: The print test needs no-such-program-wr, which is not installed here. "
                        + "Install it with: apt-get install nothing-here");
        assertThatThrownBy(() -> Tools.require(true, "The print test", "apt-get install nothing-here", "no-such-program-wr"))
                .isInstanceOf(AssertionError.class).hasMessageStartingWith("The print test needs no-such-program-wr");
    }

    @Test
    void programsOnThePathAreFound() {
        assertThat(Tools.find(List.of("no-such-program-wr", "sh"))).hasValueSatisfying(p -> assertThat(p.getFileName()).hasToString("sh"));
        assertThat(Tools.find(List.of("no-such-program-wr"))).isEmpty();
        assertThatCode(() -> Tools.require(true, "x", "y", "sh")).doesNotThrowAnyException();
    }
}
