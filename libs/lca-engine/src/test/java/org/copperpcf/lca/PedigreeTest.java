package org.copperpcf.lca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** BRIEF.md §8.2: scores (2, 3, 1, 2, 3) with Ub 1.05 give σ = 0.332667 and GSD² = 1.945140. */
class PedigreeTest {

    @Test
    void testVector() {
        Lognormal lognormal = Lognormal.of(new Pedigree(2, 3, 1, 2, 3), 1.05);
        assertEquals(0.332667, lognormal.sigma(), 5e-7);
        assertEquals(1.945140, lognormal.gsd2(), 5e-7);
    }

    @Test
    void perfectScoresWithoutBasicUncertaintyHaveNoSpread() {
        assertEquals(0.0, new Pedigree(1, 1, 1, 1, 1).sigma(1.0), 0.0);
    }

    @Test
    void gsdRoundTrips() {
        assertEquals(1.5, Lognormal.ofGsd(1.5).gsd(), 1e-15);
    }

    @Test
    void scoresOutsideOneToFiveAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Pedigree(0, 1, 1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Pedigree(1, 1, 1, 1, 6));
        assertThrows(IllegalArgumentException.class, () -> new Pedigree(1, 1, 1, 1, 1).sigma(0.9));
    }
}
