package dev.zhiku.rag.memory;

import java.util.List;

/**
 * What Zhiku says after carrying out a memory request.
 *
 * @param message  a sentence for the user, in the language of the request
 * @param memories the memories concerned: the one added or forgotten, or all of them for a list request
 */
public record MemoryReply(String message, List<Memory> memories) {

    public MemoryReply {
        memories = List.copyOf(memories);
    }
}
