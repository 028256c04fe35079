package dev.zhiku.app.ui.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhiku.app.ui.knowledge.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command opens a file at a page, and that the system opener really starts it. */
class ViewerCommandTest {

    @TempDir
    Path dir;

    @Test
    void aPdfOpensAtThePageInTheFirstPageAwareViewerInstalled() throws Exception {
        Path pdf = Files.writeString(dir.resolve("manual.pdf"), "%PDF");
        ViewerCommand.ProgramFinder onlyZathura = name -> name.equals("zathura")
                ? Optional.of(Path.of("/usr/bin/zathura")) : Optional.empty();
        ViewerCommand zathura = ViewerCommand.of(ViewerCommand.Platform.LINUX, onlyZathura, pdf, 7);
        assertEquals(List.of("/usr/bin/zathura", "-P", "7", pdf.toString()), zathura.command());
        assertTrue(zathura.atPage());
        ViewerCommand.ProgramFinder evinceAndOkular = name -> name.equals("evince") || name.equals("okular")
                ? Optional.of(Path.of("/usr/bin/" + name)) : Optional.empty();
        assertEquals(List.of("/usr/bin/evince", "-p", "7", pdf.toString()),
                ViewerCommand.of(ViewerCommand.Platform.LINUX, evinceAndOkular, pdf, 7).command());
        ViewerCommand.ProgramFinder sumatra = name -> name.equals("SumatraPDF.exe")
                ? Optional.of(Path.of("C:/Tools/SumatraPDF.exe")) : Optional.empty();
        assertEquals(List.of(Path.of("C:/Tools/SumatraPDF.exe").toString(), "-page", "7", pdf.toString()),
                ViewerCommand.of(ViewerCommand.Platform.WINDOWS, sumatra, pdf, 7).command());
        ViewerCommand.ProgramFinder acrobat = name -> name.equals("AcroRd32.exe")
                ? Optional.of(Path.of("AcroRd32.exe")) : Optional.empty();
        assertEquals(List.of("AcroRd32.exe", "/A", "page=7", pdf.toString()),
                ViewerCommand.of(ViewerCommand.Platform.WINDOWS, acrobat, pdf, 7).command());
    }

    @Test
    void withoutAPageAwareViewerTheSystemOpenerOpensTheFileAndSaysThePageWasNotShown() throws Exception {
        Path pdf = Files.writeString(dir.resolve("manual.pdf"), "%PDF");
        ViewerCommand.ProgramFinder none = name -> Optional.empty();
        ViewerCommand linux = ViewerCommand.of(ViewerCommand.Platform.LINUX, none, pdf, 3);
        assertEquals(List.of("xdg-open", pdf.toString()), linux.command());
        assertFalse(linux.atPage());
        assertEquals(List.of("open", pdf.toString()),
                ViewerCommand.of(ViewerCommand.Platform.MAC, none, pdf, 3).command());
        Path docx = Files.writeString(dir.resolve("notes.docx"), "x");
        ViewerCommand.ProgramFinder evince = name -> Optional.of(Path.of("/usr/bin/" + name));
        assertFalse(ViewerCommand.of(ViewerCommand.Platform.LINUX, evince, docx, 3).atPage(),
                "only PDFs are sent to a page");
        assertEquals(List.of("open", "-R", pdf.toAbsolutePath().toString()),
                ViewerCommand.inFolder(ViewerCommand.Platform.MAC, pdf).command());
    }

    @Test
    void theSystemOpenerStartsTheViewerWithThePage() throws Exception {
        Path pdf = Files.writeString(dir.resolve("manual.pdf"), "%PDF");
        Path record = dir.resolve("arguments.txt");
        Path evince = dir.resolve("evince");
        Files.writeString(evince, "#!/bin/sh\necho \"$@\" > '" + record + "'\n");
        Files.setPosixFilePermissions(evince, PosixFilePermissions.fromString("rwx------"));
        SystemFileOpener opener = new SystemFileOpener(ViewerCommand.Platform.LINUX,
                name -> name.equals("evince") ? Optional.of(evince) : Optional.empty());
        OpenOutcome outcome = opener.open(pdf, 4);
        assertTrue(outcome.ok(), outcome::problem);
        assertTrue(outcome.atPage());
        Eventually.await("the viewer wrote its arguments", Duration.ofSeconds(20), () -> {
            try {
                return Files.exists(record) && !Files.readString(record).isBlank();
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertEquals("-p 4 " + pdf, Files.readString(record).strip());
        OpenOutcome gone = opener.open(dir.resolve("gone.pdf"), 1);
        assertTrue(gone.problem().contains("no longer there"), gone::problem);
    }
}
