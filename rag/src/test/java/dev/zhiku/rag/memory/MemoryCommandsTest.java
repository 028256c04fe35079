package dev.zhiku.rag.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemoryCommandsTest {

    @ParameterizedTest(name = "{0} → remember {1}")
    @CsvSource(delimiter = '|', textBlock = """
            记住我的车牌号是沪A12345                              | 我的车牌号是沪A12345
            请记住：我对花生过敏。                                 | 我对花生过敏。
            请帮我记住，孩子的学校电话是021-5555-0101              | 孩子的学校电话是021-5555-0101
            记住一下 我的工号是 8086                               | 我的工号是 8086
            Remember that my passport expires in May 2027.        | my passport expires in May 2027.
            remember: the wifi password is tea-for-two            | the wifi password is tea-for-two
            REMEMBER THAT the dentist is on Friday                | the dentist is on Friday
            Please remember that Anna's birthday is 3 June        | Anna's birthday is 3 June
            remember：我的邮编是200030                              | 我的邮编是200030
            Remember my locker code is 4411                       | my locker code is 4411
            remember, I parked on level 3                         | I parked on level 3
            """)
    void recognizesRemember(String input, String fact) {
        assertEquals(Optional.of(new MemoryCommand.Remember(fact)), MemoryCommands.parse(input));
    }

    @ParameterizedTest(name = "{0} → forget {1}")
    @CsvSource(delimiter = '|', textBlock = """
            忘记我的车牌号                      | 我的车牌号
            请忘掉：花生过敏的事。                | 花生过敏的事
            删除记忆 工号                        | 工号
            forget my passport                  | my passport
            Forget that the wifi password is x  | the wifi password is x
            please forget about the dentist.    | the dentist
            forget: locker code                 | locker code
            """)
    void recognizesForget(String input, String description) {
        assertEquals(Optional.of(new MemoryCommand.Forget(description)), MemoryCommands.parse(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"我的记忆", "查看我的记忆", "列出记忆", "你记得什么？", "list memories", "Show my memories",
        "List memories.", "what do you remember about me?", "What do you remember"})
    void recognizesList(String input) {
        assertEquals(Optional.of(new MemoryCommand.ListMemories()), MemoryCommands.parse(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I remember when we went to Hangzhou", "Remember when we met?", "记住了吗？",
        "记住了", "我记住了你的话", "我忘记了密码", "忘记了", "Do you remember my passport number?",
        "remember", "记住：", "forget it", "Forget about it!", "forget that", "Don't forget the tax deadline",
        "What does my contract say about remembering things?", "合同里关于记忆力的条款是什么", "forgetful people",
        "记住我的车牌号了吗", "", "   "})
    void ignoresOrdinaryText(String input) {
        assertEquals(Optional.empty(), MemoryCommands.parse(input));
    }
}
