package dev.zhiku.app.ui.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.zhiku.core.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationGroupsTest {

    private static Citation cite(int n, String path, String member, int page) {
        return new Citation(n, path, member, page, 0, 10, "words " + n, 1);
    }

    @Test
    void copiesOfOneDocumentInAnotherFormatOrLanguageFoldIntoOneChip() {
        List<CitationGroups.Group> groups = CitationGroups.of(List.of(
                cite(1, "/docs/report.docx", "", 0),
                cite(2, "/docs/guide_zh.md", "", 0),
                cite(3, "/archive/Report.pdf", "", 4),
                cite(4, "/docs/guide-en.md", "", 0),
                cite(5, "/docs/other.pdf", "", 1)));
        assertEquals(List.of(List.of(1, 3), List.of(2, 4), List.of(5)),
                groups.stream().map(CitationGroups.Group::numbers).toList());
        assertEquals("/archive/Report.pdf", groups.getFirst().copies().getFirst().path());
    }

    @Test
    void twoPlacesInTheSameFileAndPartsInsideAFileStaySeparate() {
        List<CitationGroups.Group> groups = CitationGroups.of(List.of(
                cite(1, "/docs/manual.pdf", "", 2),
                cite(2, "/docs/manual.pdf", "", 5),
                cite(3, "/mail/inbox.mbox", "msg-1/manual.pdf", 1)));
        assertEquals(List.of(List.of(1), List.of(2), List.of(3)),
                groups.stream().map(CitationGroups.Group::numbers).toList());
    }
}
