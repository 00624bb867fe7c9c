package org.gapflow.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gapflow.training.RoiCalculation.Direction.HIGHER_IS_BETTER;
import static org.gapflow.training.RoiCalculation.Direction.LOWER_IS_BETTER;

import java.math.BigDecimal;

import org.gapflow.training.RoiCalculation.Direction;
import org.junit.jupiter.api.Test;

/** Worked examples of Phillips' ROI: gains, a textbook case, zero and negative returns, bad input. */
class RoiCalculationTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static RoiCalculation roi(String before, String after, Direction direction, String valuePerUnit,
                                      int months, String share, String confidence, String cost) {
        return new RoiCalculation(d(before), d(after), direction, d(valuePerUnit), months, d(share),
                d(confidence), d(cost));
    }

    @Test
    void salesUpBySixUnitsAMonth() {
        // 6 units × 50 × 12 months × 0.5 attributed × 0.8 confidence = 1,440 against 1,000 spent
        RoiCalculation sales = roi("20", "26", HIGHER_IS_BETTER, "50", 12, "0.5", "0.8", "1000");

        assertThat(sales.improvement()).isEqualByComparingTo("6");
        assertThat(sales.benefit()).isEqualTo(d("1440.00"));
        assertThat(sales.netBenefit()).isEqualTo(d("440.00"));
        assertThat(sales.benefitCostRatio()).contains(d("1.44"));
        assertThat(sales.roiPercent()).contains(d("44.0"));
    }

    @Test
    void errorsDownCountAsImprovementWhenLowerIsBetter() {
        // 15 fewer errors × 80 × 12 × 0.6 × 0.8 = 6,912 against 5,000: ratio 1.3824, ROI 38.24 %
        RoiCalculation errors = roi("40", "25", LOWER_IS_BETTER, "80", 12, "0.6", "0.8", "5000");

        assertThat(errors.improvement()).isEqualByComparingTo("15");
        assertThat(errors.benefit()).isEqualTo(d("6912.00"));
        assertThat(errors.benefitCostRatio()).contains(d("1.38"));
        assertThat(errors.roiPercent()).contains(d("38.2"));
    }

    @Test
    void phillipsTextbookCaseOfThreeToOne() {
        // benefits 240,000 against a fully loaded cost of 80,000: BCR 3:1, ROI 200 %
        RoiCalculation textbook = roi("0", "100", HIGHER_IS_BETTER, "200", 12, "1", "1", "80000");

        assertThat(textbook.benefit()).isEqualTo(d("240000.00"));
        assertThat(textbook.benefitCostRatio()).contains(d("3.00"));
        assertThat(textbook.roiPercent()).contains(d("200.0"));
    }

    @Test
    void noChangeReturnsNothingAndLosesTheWholeCost() {
        RoiCalculation flat = roi("40", "40", LOWER_IS_BETTER, "80", 12, "0.6", "0.8", "5000");

        assertThat(flat.benefit()).isEqualByComparingTo("0");
        assertThat(flat.benefitCostRatio()).contains(d("0.00"));
        assertThat(flat.roiPercent()).contains(d("-100.0"));
    }

    @Test
    void aMeasureThatGotWorseGivesANegativeBenefit() {
        // errors rose by 4: −4 × 80 × 12 × 0.48 = −1,843.20; ROI (−1,843.20 − 5,000) ÷ 5,000 = −136.864 %
        RoiCalculation worse = roi("40", "44", LOWER_IS_BETTER, "80", 12, "0.6", "0.8", "5000");

        assertThat(worse.improvement()).isEqualByComparingTo("-4");
        assertThat(worse.benefit()).isEqualTo(d("-1843.20"));
        assertThat(worse.netBenefit()).isEqualTo(d("-6843.20"));
        assertThat(worse.benefitCostRatio()).contains(d("-0.37"));
        assertThat(worse.roiPercent()).contains(d("-136.9"));
    }

    @Test
    void aTrainingThatCostNothingHasABenefitButNoRatioOrRoi() {
        RoiCalculation free = roi("20", "26", HIGHER_IS_BETTER, "50", 12, "0.5", "0.8", "0");

        assertThat(free.benefit()).isEqualTo(d("1440.00"));
        assertThat(free.benefitCostRatio()).isEmpty();
        assertThat(free.roiPercent()).isEmpty();
    }

    @Test
    void roundsMoneyToCentsHalfUp() {
        // 1 × 0.335 × 1 × 1 × 1 = 0.335 → 0.34
        RoiCalculation cents = roi("0", "1", HIGHER_IS_BETTER, "0.335", 1, "1", "1", "1");

        assertThat(cents.benefit()).isEqualTo(d("0.34"));
        assertThat(cents.roiPercent()).contains(d("-66.0"));
    }

    @Test
    void rejectsSharesOutsideZeroToOneAndNegativeAmounts() {
        assertThatThrownBy(() -> roi("1", "2", HIGHER_IS_BETTER, "10", 12, "1.2", "0.8", "100"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share attributed");
        assertThatThrownBy(() -> roi("1", "2", HIGHER_IS_BETTER, "10", 12, "0.5", "-0.1", "100"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidence");
        assertThatThrownBy(() -> roi("1", "2", HIGHER_IS_BETTER, "10", 12, "0.5", "0.5", "-1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fully loaded cost");
        assertThatThrownBy(() -> roi("1", "2", HIGHER_IS_BETTER, "-10", 12, "0.5", "0.5", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value per unit");
        assertThatThrownBy(() -> roi("1", "2", HIGHER_IS_BETTER, "10", -1, "0.5", "0.5", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months counted");
        assertThatThrownBy(() -> new RoiCalculation(d("1"), d("2"), null, d("10"), 12, d("0.5"), d("0.5"), d("1")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("direction");
    }
}
