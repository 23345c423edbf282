package org.permanenceplatform.support.allowance.domain;

import org.junit.jupiter.api.Test;
import org.permanenceplatform.support.rules.domain.RuleBroken;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The report of allowances in force below the configured national minimum a week. */
class BelowMinimumTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final AllowanceMinimums MINIMUMS = new AllowanceMinimums(Map.of(AllowanceKind.ADOPTION,
            new BigDecimal("175.00"), AllowanceKind.SPECIAL_GUARDIANSHIP, new BigDecimal("175.00")));

    static Allowance allowance(String id, AllowanceKind kind, String amount, Frequency frequency, LocalDate end) {
        return new Allowance(id, kind, new BigDecimal(amount), frequency, TODAY.minusMonths(3), end, null);
    }

    @Test
    void anAllowanceAPennyBelowTheMinimumIsReportedWithItsShortfall() {
        List<BelowMinimum> below = BelowMinimum.of("case-1",
                List.of(allowance("a", AllowanceKind.ADOPTION, "174.99", Frequency.WEEKLY, null)), MINIMUMS, TODAY);
        assertThat(below).singleElement().satisfies(row -> {
            assertThat(row.shortfall()).isEqualByComparingTo("0.01");
            assertThat(row.minimum()).isEqualByComparingTo("175.00");
        });
    }

    @Test
    void anAllowanceExactlyAtTheMinimumIsNotReported() {
        assertThat(BelowMinimum.of("case-1", List.of(allowance("a", AllowanceKind.ADOPTION, "175.00",
                Frequency.WEEKLY, null)), MINIMUMS, TODAY)).isEmpty();
    }

    @Test
    void amountsAreComparedAWeekWhateverTheirFrequency() {
        // 350.00 a fortnight is 175.00 a week; 758.33 a month is 175.00 a week (758.33 x 12 / 52), 758.00 is not.
        assertThat(BelowMinimum.of("c", List.of(allowance("f", AllowanceKind.SPECIAL_GUARDIANSHIP, "350.00",
                Frequency.FORTNIGHTLY, null), allowance("m", AllowanceKind.SPECIAL_GUARDIANSHIP, "758.33",
                Frequency.MONTHLY, null)), MINIMUMS, TODAY)).isEmpty();
        assertThat(BelowMinimum.of("c", List.of(allowance("m", AllowanceKind.SPECIAL_GUARDIANSHIP, "758.00",
                Frequency.MONTHLY, null)), MINIMUMS, TODAY)).singleElement()
                .satisfies(row -> assertThat(row.weeklyAmount()).isEqualByComparingTo("174.92"));
    }

    @Test
    void anAllowanceThatEndedOrAKindWithoutAMinimumIsNotReported() {
        assertThat(BelowMinimum.of("c", List.of(
                allowance("ended", AllowanceKind.ADOPTION, "10.00", Frequency.WEEKLY, TODAY.minusDays(1)),
                allowance("kinship", AllowanceKind.KINSHIP, "10.00", Frequency.WEEKLY, null)), MINIMUMS, TODAY))
                .isEmpty();
        assertThat(BelowMinimum.of("c", List.of(allowance("last-day", AllowanceKind.ADOPTION, "10.00",
                Frequency.WEEKLY, TODAY)), MINIMUMS, TODAY)).hasSize(1);
    }

    @Test
    void stayingPutRunsFromTheEighteenthToTheTwentyFirstBirthday() {
        LocalDate born = LocalDate.of(2008, 5, 20);
        Allowance from18 = new Allowance("s", AllowanceKind.STAYING_PUT, new BigDecimal("200.00"), Frequency.WEEKLY,
                born.plusYears(18), born.plusYears(21), null);
        from18.requireAgeFits(born);
        Allowance at17 = new Allowance("s", AllowanceKind.STAYING_PUT, new BigDecimal("200.00"), Frequency.WEEKLY,
                born.plusYears(18).minusDays(1), null, null);
        assertThatThrownBy(() -> at17.requireAgeFits(born)).isInstanceOfSatisfying(RuleBroken.class,
                broken -> assertThat(broken.field()).isEqualTo("start"));
        Allowance past21 = new Allowance("s", AllowanceKind.STAYING_PUT, new BigDecimal("200.00"), Frequency.WEEKLY,
                born.plusYears(18), born.plusYears(21).plusDays(1), null);
        assertThatThrownBy(() -> past21.requireAgeFits(born)).isInstanceOfSatisfying(RuleBroken.class,
                broken -> assertThat(broken.field()).isEqualTo("end"));
    }

    @Test
    void anAmountMustBePoundsAndPenceAboveZero() {
        assertThatThrownBy(() -> allowance("a", AllowanceKind.ADOPTION, "0.00", Frequency.WEEKLY, null))
                .isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> allowance("a", AllowanceKind.ADOPTION, "1.001", Frequency.WEEKLY, null))
                .isInstanceOf(RuleBroken.class);
    }
}
