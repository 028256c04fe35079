package dev.zhiku.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CliArgsTest {

    private static final Set<String> WITH_VALUE = Set.of("--home", "-k", "--include");
    private static final Set<String> FLAGS = Set.of("--json");

    private static CliArgs parse(String... args) throws UsageException {
        return CliArgs.parse(List.of(args), WITH_VALUE, FLAGS);
    }

    @Test
    void separatesOptionsFlagsAndPositionals() throws UsageException {
        CliArgs args = parse("长城", "--home", "/h", "--json", "-k", "3", "防御");
        assertEquals("/h", args.value("--home"));
        assertTrue(args.flag("--json"));
        assertEquals(3, args.intValue("-k", 10, 1, 100));
        assertEquals(List.of("长城", "防御"), args.positional());
    }

    @Test
    void acceptsNameEqualsValueAndRepeats() throws UsageException {
        CliArgs args = parse("--include=*.pdf", "--include", "*.md", "--home=/a", "--home=/b");
        assertEquals(List.of("*.pdf", "*.md"), args.values("--include"));
        assertEquals("/b", args.value("--home"), "the last value wins");
    }

    @Test
    void doubleDashEndsOptionsAndSingleDashIsPositional() throws UsageException {
        CliArgs args = parse("-", "--", "--json", "-k");
        assertEquals(List.of("-", "--json", "-k"), args.positional());
        assertFalse(args.flag("--json"));
    }

    @Test
    void absentOptionsFallBack() throws UsageException {
        CliArgs args = parse();
        assertNull(args.value("--home"));
        assertEquals(List.of(), args.values("--include"));
        assertEquals(10, args.intValue("-k", 10, 1, 100));
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertEquals("--home needs a value", assertThrows(UsageException.class, () -> parse("--home")).getMessage());
        assertEquals("unknown option --colour", assertThrows(UsageException.class, () -> parse("--colour"))
                .getMessage());
        assertThrows(UsageException.class, () -> parse("--json=yes"), "a flag takes no value");
    }

    @Test
    void numbersMustBeWholeAndInRange() throws UsageException {
        CliArgs tooMany = parse("-k", "1001");
        CliArgs words = parse("-k", "three");
        assertTrue(assertThrows(UsageException.class, () -> tooMany.intValue("-k", 10, 1, 1000)).getMessage()
                .contains("between 1 and 1000"));
        assertTrue(assertThrows(UsageException.class, () -> words.intValue("-k", 10, 1, 1000)).getMessage()
                .contains("whole number"));
        assertEquals(7, parse("-k", " 7 ").intValue("-k", 10, 1, 1000));
    }
}
