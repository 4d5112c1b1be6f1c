package org.copperpcf.supplier.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    /** Codes in the published format (company registers, GB 32100-2015 examples) whose check characters hold. */
    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91330100716105852F", "91350100M000100Y43"})
    void acceptsRealCodes(String code) {
        assertEquals(Optional.empty(), Uscc.problem(code));
    }

    @ParameterizedTest
    @CsvSource({"914403001922038216,6", "9144030071526726XG,G", "91330100716105852F,F", "91350100M000100Y43,3"})
    void computesTheCheckCharacter(String code, char check) {
        assertEquals(check, Uscc.checkCharacter(code.substring(0, 17)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "914403001922038217|check character is '7' but should be '6'",
            "91440300192203821|must be 18 characters",
            "9144030019220382166|must be 18 characters",
            "91440300I922038216|character 9 'I' is not allowed",
            "9144030o1922038216|character 8 'o' is not allowed",
            "91A40300192203821Y|characters 3 to 8 must be the digits"})
    void namesWhatIsWrong(String code, String problem) {
        String found = Uscc.problem(code).orElseThrow();
        assertTrue(found.startsWith(problem), found);
    }
}
