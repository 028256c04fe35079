package dev.zhiku.indexer.chunk;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Random bytes decoded as CJK text carry no information; real prose in Chinese, Japanese, Korean is kept. */
class InformationCheckTest {

    private static final long SEED = 20261203L;

    @Test
    void randomBytesDecodedAsACjkEncodingOrUtf16GiveNoInformation() {
        Random random = new Random(SEED);
        List<Executable> checks = new ArrayList<>();
        for (String charset : List.of("GB18030", "GBK", "GB2312", "Big5", "Shift_JIS", "EUC-JP", "EUC-KR",
                "UTF-16BE", "UTF-16LE")) {
            for (boolean highBytesOnly : new boolean[] {false, true}) {
                byte[] bytes = new byte[3000];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (highBytesOnly ? 0x81 + random.nextInt(0x7E) : random.nextInt(256));
                }
                String text = new String(bytes, Charset.forName(charset));
                String label = charset + (highBytesOnly ? " (bytes 0x81-0xFE)" : " (any bytes)") + ", seed " + SEED;
                checks.add(() -> assertTrue(InformationCheck.noInformation(text).isPresent(),
                        () -> label + " passed as information: " + text.substring(0, 80)));
            }
        }
        assertAll(checks);
    }

    @Test
    void realProseInChineseJapaneseAndKoreanIsKept() {
        assertAll(prose().stream().map(text -> () -> {
            Optional<String> verdict = InformationCheck.noInformation(text);
            assertTrue(verdict.isEmpty(), () -> verdict.orElse("") + ": " + text);
        }));
        assertTrue(InformationCheck.randomCjk(prose()).isEmpty(), "the prose taken together as one document");
    }

    @Test
    void aDocumentOfRandomCjkIsJudgedAsAWholeSoItsShortPassagesCannotSlipThrough() {
        Random random = new Random(SEED);
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x81 + random.nextInt(0x7E));
        }
        String text = new String(bytes, Charset.forName("GB18030"));
        List<String> shortPassages = new ArrayList<>();
        for (int i = 0; i + 6 <= text.length(); i += 6) {
            shortPassages.add(text.substring(i, i + 6));
        }
        assertTrue(InformationCheck.noInformation(shortPassages.getFirst()).isEmpty(), "too short to judge alone");
        assertTrue(InformationCheck.randomCjk(shortPassages).isPresent());
    }

    private static List<String> prose() {
        return List.of(
                // modern simplified Chinese
                "知识库会把你添加的文件夹里的每一份文档读进来，切成段落，建立关键词索引和向量索引。"
                        + "你用中文或英文提问时，它先找出最相关的段落，再让本地模型根据这些段落回答，并注明出处。"
                        + "如果文档里没有答案，它会直接说没有找到，而不是编造。",
                // classical Chinese (the Analects, public domain)
                "子曰：学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？"
                        + "有子曰：其为人也孝弟，而好犯上者，鲜矣；不好犯上，而好作乱者，未之有也。"
                        + "君子务本，本立而道生。孝弟也者，其为仁之本与！",
                // Tang poetry with rarer characters
                "床前明月光，疑是地上霜。举头望明月，低头思故乡。君不见黄河之水天上来，奔流到海不复回。"
                        + "君不见高堂明镜悲白发，朝如青丝暮成雪。人生得意须尽欢，莫使金樽空对月。"
                        + "烹羊宰牛且为乐，会须一饮三百杯。岑夫子，丹丘生，将进酒，杯莫停。",
                // traditional Chinese
                "這份說明書介紹電風扇的安裝與保養。使用前請確認電壓是否相符，並將底座放在平穩的地面上。"
                        + "清潔扇葉時，務必先拔下電源插頭，再用微濕的軟布擦拭，切勿讓水流入馬達。",
                // Japanese
                "この時計は毎日正午に鳴ります。電池を交換するときは、裏のふたを開けて古い電池を取り出し、"
                        + "新しい単三電池を二本入れてください。時刻合わせは側面のつまみを回して行います。",
                // Korean
                "이 문서는 회의실 예약 방법을 설명합니다. 예약은 하루 전까지 사내 시스템에서 신청해야 하며, "
                        + "취소할 때에도 같은 화면에서 처리할 수 있습니다. 문의 사항은 총무팀에 연락해 주십시오.",
                // Chinese mixed with code
                """
                // 读取配置文件，失败时使用默认值
                Properties props = new Properties();
                try (InputStream in = Files.newInputStream(path)) {
                    props.load(in); // 加载键值对
                } catch (IOException e) {
                    log.warn("配置文件无法读取，改用默认设置: {}", e.getMessage());
                }
                """);
    }
}
