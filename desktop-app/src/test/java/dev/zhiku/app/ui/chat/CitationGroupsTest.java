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
    void placesInTheSameFileMakeOneChipAndPartsInsideAFileStaySeparate() {
        List<CitationGroups.Group> groups = CitationGroups.of(List.of(
                cite(1, "/docs/manual.pdf", "", 2),
                cite(2, "/mail/inbox.mbox", "msg-1/manual.pdf", 1),
                cite(3, "/docs/manual.pdf", "", 5),
                cite(4, "/docs/manual.pdf", "", 9)));
        assertEquals(List.of(List.of(1, 3, 4), List.of(2)),
                groups.stream().map(CitationGroups.Group::numbers).toList());
        assertEquals(List.of(5, 9), groups.getFirst().places().stream().map(Citation::page).toList(),
                "each further place stays reachable, at its own page");
    }

    @Test
    void aCopyCitedTwiceIsOfferedOnceAtItsFirstPlace() {
        List<CitationGroups.Group> groups = CitationGroups.of(List.of(
                cite(1, "/docs/guide_en.md", "", 0),
                cite(2, "/docs/guide_zh.md", "", 0),
                cite(3, "/docs/guide_zh.md", "", 0)));
        assertEquals(1, groups.size());
        assertEquals(List.of(2), groups.getFirst().copies().stream().map(Citation::number).toList());
    }
}
