/** The local H2 files of rag's stores (conversations, memories): opening and migrating them. */
package dev.zhiku.rag.store;
