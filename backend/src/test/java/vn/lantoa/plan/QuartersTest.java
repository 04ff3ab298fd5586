package vn.lantoa.plan;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class QuartersTest {

    @Test
    void groupsAndQuartersAreNumberedInRomanAsTheSeedsWriteThem() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(Quarters::roman))
                .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
        assertThat(Quarters.roman(14)).isEqualTo("XIV");
        assertThat(Quarters.roman(39)).isEqualTo("XXXIX");
        assertThat(Quarters.roman(40)).isEqualTo("40");
        assertThat(Quarters.label(Quarters.mask(java.util.List.of(1, 2, 4)))).isEqualTo("Quý I, II, IV");
    }

    @Test
    void anItemWithDatesInsteadOfQuartersRunsInTheQuartersItsDatesTouchWithinThePlansYear() {
        assertThat(Quarters.of(Quarters.covered(0, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 7, 1), 2026))).containsExactly(1, 2, 3);
        assertThat(Quarters.of(Quarters.covered(0, LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 1), 2026))).containsExactly(1);
        assertThat(Quarters.covered(0, null, null, 2026)).isEqualTo(Quarters.ALL);
        assertThat(Quarters.covered(Quarters.bit(4), LocalDate.of(2026, 1, 1), null, 2026)).isEqualTo(Quarters.bit(4));
    }
}
