package dev.zhiku.llm.discovery;

/** Which application's folder a model was found in, or a folder the user added. */
public enum ModelSource { LM_STUDIO, OLLAMA, GPT4ALL, JAN, USER }
