package dev.zhiku.rag.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CloudConfigTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsLoadBackAndTheDefaultIsAskEachTime() throws Exception {
        assertEquals(EscalationPolicy.ASK, CloudConfig.load(dir).policy());
        CloudConfig config = CloudConfig.defaults().withPolicy(EscalationPolicy.AUTO)
                .withService("https://api.deepseek.com/v1", "deepseek-chat").withRedactTerms(List.of("王小明", " 星辰计划 ", ""));
        config.save(dir);
        CloudConfig loaded = CloudConfig.load(dir);
        assertEquals(config, loaded);
        assertEquals(List.of("王小明", "星辰计划"), loaded.redactTerms());
        assertFalse(Files.readString(dir.resolve(CloudConfig.FILE_NAME)).toLowerCase().contains("apikey"));
    }

    @Test
    void anAddressMustBeHttpOrHttps() {
        assertTrue(CloudConfig.defaults().withService("ftp://x/v1", "m").addressProblem().contains("https://"));
        assertTrue(CloudConfig.defaults().withService("https://api.openai.com/v1", "m").addressProblem().isEmpty());
    }
}
