package org.gapflow.review.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class PhraseTextTest {

    static final class Cases extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                    {"case.outcome.chosen", "Chosen: {0}"},
                    {"case.outcome.specified", "Revision {0}, total cost {1}"},
                    {"case.why.list", "{0}"},
                    {"case.why.declinedSolution", "{0} declined: {1}"},
                    {"case.outcome.due", "Due {0}"},
                    {"case.fr", "L'écart : {0}"}};
        }
    }

    static final class Steps extends ListResourceBundle {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"solution.training", "Training"}, {"solution.coaching", "Coaching"}};
        }
    }

    private final PhraseText english = new PhraseText(Locale.ENGLISH, ZoneId.of("UTC"), new Cases(), new Steps());

    @Test
    void keysAreLookedUpInTheCaseTextsThenTheStepTexts() {
        assertThat(english.write(Phrase.of("case.outcome.chosen",
                List.of(Phrase.of("solution.training"), Phrase.of("solution.coaching")))))
                .isEqualTo("Chosen: Training, Coaching");
    }

    @Test
    void numbersAndTimesAreWrittenForTheReader() {
        assertThat(english.write(Phrase.of("case.outcome.specified", 2, new BigDecimal("9000"))))
                .isEqualTo("Revision 2, total cost 9,000.00");
        assertThat(new PhraseText(Locale.FRENCH, ZoneId.of("UTC"), new Cases(), new Steps())
                .write(Phrase.of("case.outcome.specified", 2, new BigDecimal("9000"))))
                .as("French grouping and decimal comma").matches("Revision 2, total cost 9\\h000,00");
        assertThat(english.write(Phrase.of("case.outcome.due", Instant.parse("2027-03-01T09:30:00Z"))))
                .as("medium date, short time").matches("Due Mar 1, 2027, 9:30\\hAM");
    }

    @Test
    void reasonsAreJoinedAsSentencesAndUserTextIsKeptAsTyped() {
        Phrase reasons = Phrase.of("case.why.list", List.of(
                Phrase.of("case.why.declinedSolution", Phrase.of("solution.coaching"), "No coach {0} available"),
                Phrase.of("case.why.declinedSolution", Phrase.of("solution.training"), "Budget")));
        assertThat(english.write(reasons)).isEqualTo("Coaching declined: No coach {0} available; Training declined: Budget");
        assertThat(english.write(Phrase.of("case.why.declinedSolution", "typed {1}", "second")))
                .as("a placeholder typed by a user is not filled in").isEqualTo("typed {1} declined: second");
        assertThat(english.write(Phrase.text("  <b>as typed</b> "))).isEqualTo("<b>as typed</b>");
        assertThat(Phrase.text("  ")).isNull();
        assertThat(english.write(null)).isEmpty();
    }

    @Test
    void anApostropheInATranslationStaysAnApostrophe() {
        assertThat(english.write(Phrase.of("case.fr", "x"))).isEqualTo("L'écart : x");
        assertThat(english.write(Phrase.of("no.such.key"))).isEqualTo("no.such.key");
    }
}
