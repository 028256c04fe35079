package dev.zhiku.app.ui.search;

import dev.zhiku.app.ui.UiExecutor;
import dev.zhiku.app.ui.knowledge.DaemonThreads;
import dev.zhiku.app.ui.knowledge.Notice;
import dev.zhiku.core.SearchFilter;
import dev.zhiku.core.SearchQuery;
import dev.zhiku.core.SearchResult;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the Search panel. Every change of the query or a filter starts a timer; only the last change within
 * the debounce delay searches, on a background thread, and a result arrives only if nothing changed meanwhile.
 */
public final class SearchViewModel implements AutoCloseable {

    public static final Duration DEBOUNCE = Duration.ofMillis(250);
    private static final Logger LOG = LoggerFactory.getLogger(SearchViewModel.class);

    private final Searcher searcher;
    private final UiExecutor ui;
    private final Duration debounce;
    private final int k;
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("zhiku-search-debounce"));
    private final ExecutorService workers = Executors.newCachedThreadPool(DaemonThreads.named("zhiku-search"));
    private final AtomicLong generation = new AtomicLong();

    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty folder = new SimpleStringProperty();
    private final StringProperty fileType = new SimpleStringProperty();
    private final StringProperty language = new SimpleStringProperty();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<String> folderChoices = FXCollections.observableArrayList();
    private final ObservableList<ResultItem> results = FXCollections.observableArrayList();
    private final BooleanProperty searching = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private volatile Consumer<AskRequest> onAsk = request -> { };

    public SearchViewModel(Searcher searcher, UiExecutor ui) {
        this(searcher, ui, DEBOUNCE, 20);
    }

    public SearchViewModel(Searcher searcher, UiExecutor ui, Duration debounce, int k) {
        this.searcher = searcher;
        this.ui = ui;
        this.debounce = debounce;
        this.k = k;
        for (Observable o : List.of(query, folder, fileType, language, from, to)) {
            o.addListener(x -> schedule());
        }
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Only results below this folder; null for all. */
    public StringProperty folderProperty() {
        return folder;
    }

    /** Only this file type (extension such as {@code pdf}); null for all. */
    public StringProperty fileTypeProperty() {
        return fileType;
    }

    /** Only passages in this language ({@code zh}, {@code en}); null for all. */
    public StringProperty languageProperty() {
        return language;
    }

    /** Only files modified on or after this day; null for no limit. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** Only files modified on or before this day; null for no limit. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The folders offered by the folder filter (the shell fills them from the knowledge base's roots). */
    public ObservableList<String> folderChoices() {
        return folderChoices;
    }

    public ObservableList<ResultItem> results() {
        return results;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** Where "Ask about these results" goes; the shell routes it to chat. */
    public void setOnAsk(Consumer<AskRequest> handler) {
        this.onAsk = handler == null ? request -> { } : handler;
    }

    public void askAboutResults() {
        if (!results.isEmpty()) {
            onAsk.accept(new AskRequest(query.get().strip(), filter(),
                    results.stream().map(ResultItem::hit).toList()));
        }
    }

    /** The filters as the knowledge base takes them. */
    public SearchFilter filter() {
        ZoneId zone = ZoneId.systemDefault();
        return new SearchFilter(blank(folder.get()) ? List.of() : List.of(folder.get()),
                blank(fileType.get()) ? Set.of() : Set.of(fileType.get()),
                from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(),
                blank(language.get()) ? Set.of() : Set.of(language.get()));
    }

    private void schedule() {
        long mine = generation.incrementAndGet();
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            results.clear();
            searching.set(false);
            return;
        }
        SearchQuery request = new SearchQuery(text, filter(), k);
        searching.set(true);
        timer.schedule(() -> {
            if (mine == generation.get()) {
                workers.execute(() -> run(mine, request));
            }
        }, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run(long mine, SearchQuery request) {
        try {
            SearchResult result = searcher.search(request);
            List<ResultItem> items = result.hits().stream().map(h -> ResultItem.of(h, request.text())).toList();
            publish(mine, () -> {
                results.setAll(items);
                notice.set(null);
            });
        } catch (RuntimeException e) {
            LOG.warn("search for '{}' failed: {}", request.text(), e.toString());
            publish(mine, () -> notice.set(Notice.of("error.search", e)));
        }
    }

    /** Shows a result only if no newer query or filter was set meanwhile. */
    private void publish(long mine, Runnable show) {
        ui.onUi(() -> {
            if (mine == generation.get()) {
                show.run();
                searching.set(false);
            }
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdownNow();
    }
}
