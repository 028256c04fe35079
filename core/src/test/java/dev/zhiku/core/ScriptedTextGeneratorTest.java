package dev.zhiku.core;

/** The scripted fake passes the same contract as the real engine. */
class ScriptedTextGeneratorTest extends TextGeneratorContract {

    private final ScriptedTextGenerator generator = new ScriptedTextGenerator(
            r -> "Once upon a time a small cat named Mimi lived in Hangzhou. 从前有一只叫咪咪的小猫，住在杭州。"
                    + " She liked fish and long naps in the sun.", 256);

    @Override
    protected TextGenerator generator() {
        return generator;
    }
}
