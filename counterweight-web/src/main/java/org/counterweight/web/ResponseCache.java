package org.counterweight.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The answers of read endpoints by request (method, path and query as sent), so a repeated request
 * is served without asking the service again. The knowledge base changes only through this server's
 * writes while it holds the store open (DuckDB admits one writing process), and every write empties
 * the cache, so an answer is never staler than the store. Bounded: the least recently used answers
 * go first. Concurrent requests for an answer not yet computed wait for the one computation; a
 * failure is not kept (the next request asks the service again).
 */
final class ResponseCache {
    /** Answers kept by default. */
    static final int DEFAULT_ENTRIES = 512;

    private final int capacity;
    private final Map<String, CompletableFuture<byte[]>> answers;

    ResponseCache(int capacity) {
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Whether the answer is kept (for the {@code X-Cache} header, read before {@link #get}). */
    synchronized boolean holds(String request) {
        CompletableFuture<byte[]> answer = answers.get(request);
        return answer != null && answer.isDone() && !answer.isCompletedExceptionally();
    }

    /** The kept answer to the request, or {@code compute}'s, kept. Exceptions of {@code compute} pass through. */
    byte[] get(String request, Supplier<byte[]> compute) {
        CompletableFuture<byte[]> answer;
        boolean mine = false;
        synchronized (this) {
            answer = answers.get(request);
            if (answer == null) {
                answer = new CompletableFuture<>();
                answers.put(request, answer);
                mine = true;
                if (answers.size() > capacity) {
                    var eldest = answers.keySet().iterator();
                    eldest.next();
                    eldest.remove();
                }
            }
        }
        if (mine) {
            try {
                answer.complete(compute.get());
            } catch (RuntimeException | Error e) {
                synchronized (this) {
                    answers.remove(request, answer);
                }
                answer.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return answer.get();
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + request, e);
        }
    }

    /** Forgets every answer (after a write). */
    synchronized void clear() {
        answers.clear();
    }
}
