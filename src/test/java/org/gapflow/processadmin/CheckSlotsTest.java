package org.gapflow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.gapflow.workflow.Actor;
import org.junit.jupiter.api.Test;

/** One check at a time per user: a second one while the first runs is refused with a message. */
class CheckSlotsTest {

    private static final Actor PAT = new Actor("pat", Set.of("process-owner"));
    private static final Actor PIA = new Actor("pia", Set.of("process-owner"));

    @Test
    void aSecondCheckOfTheSameUserIsRefusedWhileTheFirstRuns() throws Exception {
        CheckSlots slots = new CheckSlots();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.run(PAT, "a.bpmn", () -> {
            started.countDown();
            await(release);
            return "first";
        }));
        started.await();

        ModelRefusedException refused = catchThrowableOfType(ModelRefusedException.class,
                () -> slots.run(PAT, "b.bpmn", () -> "second"));
        assertThat(refused.report().messages()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("check.busy");
            assertThat(m.text(java.util.Locale.ENGLISH)).startsWith("A check of yours is still running");
        });
        assertThat(slots.run(PIA, "c.bpmn", () -> "another user")).isEqualTo("another user");

        release.countDown();
        assertThat(first.get()).isEqualTo("first");
        assertThat(slots.run(PAT, "b.bpmn", () -> "after")).as("the slot is free again").isEqualTo("after");
    }

    @Test
    void aFailingCheckFreesTheSlot() {
        CheckSlots slots = new CheckSlots();
        catchThrowableOfType(IllegalStateException.class, () -> slots.run(PAT, "a.bpmn", () -> {
            throw new IllegalStateException("broken");
        }));
        assertThat(slots.run(PAT, "a.bpmn", () -> "ok")).isEqualTo("ok");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
