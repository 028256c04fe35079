package dev.zhiku.rag.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MemoryTermsTest {

    @Test
    void hanBigramsAndLatinWords() {
        assertEquals(Set.of("我的", "的车", "车牌", "牌号", "号是", "是沪", "a12345"),
                MemoryTerms.of("我的车牌号是沪A12345"));
        assertEquals(Set.of("passport", "expire", "may", "2027"),
                MemoryTerms.of("When my Passports EXPIRE, May 2027?"));
        assertEquals(Set.of("护照", "过期"), MemoryTerms.of("护照 过期"));
    }
}
