package dev.zhiku.app.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.app.ui.knowledge.Eventually;
import dev.zhiku.core.Hit;
import dev.zhiku.core.Passage;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Debounce, stale results, filters and the ask hand-off, without the FX thread. */
class SearchViewModelTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final List<SearchQuery> asked = Collections.synchronizedList(new ArrayList<>());
    private SearchViewModel model;

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
    }

    static Hit hit(String path, String text) {
        Passage p = new Passage(path, path, "", "title of " + path, "", "txt", "en", 0, "", "", text, 0,
                text.length(), Instant.EPOCH);
        return new Hit(p, 1, 1, 0);
    }

    private Searcher echo() {
        return q -> {
            asked.add(q);
            return new SearchResult(List.of(hit("/docs/" + q.text() + ".txt", "about " + q.text())), false, 1);
        };
    }

    @Test
    void typingQuicklySearchesOnlyTheLastQuery() {
        model = new SearchViewModel(echo(), UiExecutor.direct(), Duration.ofMillis(150), 10);
        for (String q : List.of("p", "pa", "pay", "paym", "payment")) {
            model.queryProperty().set(q);
        }
        Eventually.await("a result arrived", TIMEOUT, () -> !model.results().isEmpty());
        assertEquals(List.of("payment"), asked.stream().map(SearchQuery::text).toList());
        assertEquals("/docs/payment.txt", model.results().getFirst().hit().passage().path());
    }

    @Test
    void aSlowOlderSearchNeverReplacesANewerResult() throws Exception {
        CountDownLatch oldStarted = new CountDownLatch(1);
        CountDownLatch releaseOld = new CountDownLatch(1);
        Searcher slowOld = q -> {
            if (q.text().equals("old")) {
                oldStarted.countDown();
                try {
                    releaseOld.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new SearchResult(List.of(hit("/docs/" + q.text() + ".txt", q.text())), false, 1);
        };
        AtomicInteger handedToUi = new AtomicInteger();
        UiExecutor counting = UiExecutor.of(task -> {
            task.run();
            handedToUi.incrementAndGet();
        });
        model = new SearchViewModel(slowOld, counting, Duration.ofMillis(20), 10);
        model.queryProperty().set("old");
        assertTrue(oldStarted.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the old search started");
        model.queryProperty().set("new");
        Awaitility.await("the new result arrived").atMost(TIMEOUT).until(() -> !model.results().isEmpty());
        releaseOld.countDown();
        Awaitility.await("the old result was handed to the UI too").atMost(TIMEOUT)
                .until(() -> handedToUi.get() == 2);
        assertEquals("/docs/new.txt", model.results().getFirst().hit().passage().path());
        assertEquals(1, model.results().size());
    }

    @Test
    void filtersReachTheSearch() {
        model = new SearchViewModel(echo(), UiExecutor.direct(), Duration.ofMillis(20), 10);
        model.folderProperty().set("/docs/contracts");
        model.fileTypeProperty().set("pdf");
        model.languageProperty().set("zh");
        model.fromProperty().set(LocalDate.of(2024, 1, 1));
        model.toProperty().set(LocalDate.of(2024, 1, 31));
        model.queryProperty().set("付款期限");
        Eventually.await("a search ran", TIMEOUT, () -> !model.results().isEmpty());
        SearchQuery q = asked.getLast();
        assertEquals(List.of("/docs/contracts"), q.filter().folders());
        assertEquals(Set.of("pdf"), q.filter().fileTypes());
        assertEquals(Set.of("zh"), q.filter().languages());
        assertTrue(q.filter().modifiedFrom().isBefore(q.filter().modifiedTo()));
        assertEquals(Duration.ofDays(31), Duration.between(q.filter().modifiedFrom(), q.filter().modifiedTo()));
    }

    @Test
    void askHandsTheResultsToTheShell() {
        model = new SearchViewModel(echo(), UiExecutor.direct(), Duration.ofMillis(20), 10);
        AtomicReference<AskRequest> request = new AtomicReference<>();
        model.setOnAsk(request::set);
        model.queryProperty().set("budget");
        Eventually.await("a result arrived", TIMEOUT, () -> !model.results().isEmpty());
        model.askAboutResults();
        assertEquals("budget", request.get().query());
        assertEquals(1, request.get().hits().size());
    }

    @Test
    void clearingTheQueryClearsResults() {
        model = new SearchViewModel(echo(), UiExecutor.direct(), Duration.ofMillis(20), 10);
        model.queryProperty().set("budget");
        Eventually.await("a result arrived", TIMEOUT, () -> !model.results().isEmpty());
        model.queryProperty().set("  ");
        assertTrue(model.results().isEmpty());
    }
}
