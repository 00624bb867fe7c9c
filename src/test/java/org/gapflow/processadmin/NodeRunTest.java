package org.gapflow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Node as the server lint runs it: its output when it finishes, and a stop at each limit. */
class NodeRunTest {

    private static final String NODE = org.gapflow.platform.Settings.get("gapflow.node", "node");

    @Test
    void aRunThatFinishesGivesItsOutput() throws IOException {
        NodeRun.Outcome outcome = NodeRun.run(NODE, 64, Duration.ofMinutes(2), "abc".getBytes(StandardCharsets.UTF_8),
                "-e", "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(s.toUpperCase()))");
        assertThat(outcome.status()).isEqualTo(NodeRun.Status.DONE);
        assertThat(outcome.output()).isEqualTo("ABC");
    }

    @Test
    void aRunThatNeverEndsIsKilledAtTheTimeLimit() throws IOException {
        NodeRun.Outcome outcome = NodeRun.run(NODE, 64, Duration.ofSeconds(1), new byte[0], "-e", "for(;;){}");
        assertThat(outcome.status()).isEqualTo(NodeRun.Status.TIMED_OUT);
    }

    @Test
    void aRunThatGrowsIsStoppedAtTheHeapLimit() throws IOException {
        NodeRun.Outcome outcome = NodeRun.run(NODE, 32, Duration.ofMinutes(2), new byte[0],
                "-e", "const a=[];for(;;){a.push(new Array(100000).fill('x'+a.length))}");
        assertThat(outcome.status()).isEqualTo(NodeRun.Status.FAILED);
        assertThat(outcome.error()).containsIgnoringCase("heap");
    }
}
