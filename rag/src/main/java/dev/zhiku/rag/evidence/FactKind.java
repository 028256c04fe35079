package dev.zhiku.rag.evidence;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A kind of fact a question can ask for, recognised from unambiguous wording in Chinese and English ("what
 * colour", "哪一年", "hourly rate"), with the text that states one: evidence ranking prefers sentences that state
 * the asked-for kind, and the gate refuses when none of the quoted sentences does.
 */
public enum FactKind {
    MONEY("(?i)\\bhow much (?:does|did|do|is|was|will|would)\\b.*\\b(?:cost|charge|pay|paid)\\b"
            + "|\\b(?:hourly|daily|monthly) (?:rate|fee)\\b|\\b(?:price|fee|fees|cost) (?:of|for|per)\\b"
            + "|多少钱|费用|报名费|价格|价钱|单价|收费|费是多少|金额",
            "(?i)[$¥￥€£]\\s?\\d|\\d[\\d,.]*\\s?(?:元|美元|欧元|英镑|人民币|块钱|usd|eur|cny|rmb|gbp|dollars?|euros?)"
                    + "|\\b(?:usd|eur|cny|rmb|gbp)\\s?\\d|人民币\\s?[\\d一二三四五六七八九十百千万]",
            "an amount of money", "金额"),
    YEAR("(?i)\\b(?:which|what) year\\b|\\bwhen (?:was|were|did)\\b.*\\b(?:born|die|died|written|founded)\\b"
            + "|\\bin which year\\b|哪一年|哪年|何年|生卒|出生于|什么时候出生|哪年出生|去世|卒于|生于",
            "(?<!\\d)(?:1\\d{3}|20\\d{2}|[1-9]\\d{2})(?!\\d)|[一二三四五六七八九〇零]{4}年|公元",
            "a year", "年份"),
    VERSION("(?i)\\b(?:which|what) (?:(?!(?:is|are|was|were|the|a|an|do|does|did)\\b)([\\w.-]+) )?(?:release|version)\\b|\\bsince (?:which|what) version\\b"
            + "|\\bintroduced in (?:which|what)\\b|哪个版本|哪一版|哪一个版本|从哪个版本",
            "\\b\\d+\\.\\d+(?:\\.\\d+)?\\b|(?i:\\bversion \\d+|\\bv\\d+|版本\\s?\\d|\\d\\s?版)"
                    + "|\\b[A-Z][A-Za-z]+ \\d+\\b",
            "a version", "版本号"),
    SIZE("(?i)\\bhow (?:big|large)\\b|\\bmax(?:imum)? (?:\\w+ )?size\\b|\\bsize limit\\b|多大|大小上限|最大容量|最大尺寸",
            "(?i)\\d[\\d,.]*\\s?(?:bytes?|[kmgtpe]i?b|字节|千字节|兆字节)(?![a-z])"
                    + "|\\b(?:kilo|mega|giga|tera|peta|exa)bytes?\\b|(?<![\\d.])\\d{3,}(?![\\d.%])",
            "a size", "大小"),
    LIMIT("(?i)\\bwhat (?:(?:soft|hard|default|upper|lower|maximum|minimum) )?limits? (?:is|are|does|do|did|will|would|of|for)\\b"
            + "|(?:上限|下限|限额|限制)(?:是|为)多少",
            "\\d|[一二三四五六七八九十百千万两]+\\s?(?:个|次|天|秒|分钟|小时|块|字节)",
            "a limit", "限值"),
    COLOUR("(?i)\\b(?:what|which) colou?rs?\\b|什么颜色|哪种颜色|哪些颜色|什么色",
            "(?i)\\b(?:red|green|blue|yellow|black|white|cyan|magenta|purple|orange|gr[ae]y|pink|brown)\\b"
                    + "|[红绿蓝黄黑白青紫橙灰粉棕]色|红|绿",
            "a colour", "颜色"),
    IDENTIFIER("(?i)\\b(?:order|invoice|ticket|tracking|serial|purchase order|po) (?:number|no\\.?|id)\\b"
            + "|订单号|订单编号|发票号|工单号|单号|编号",
            "(?i)(?:order|invoice|ticket|tracking|serial|订单|发票|工单|单号|编号).{0,40}?"
                    + "(?:\\b[A-Z]{1,6}[-_]?\\d[\\w-]*|\\d{5,}|[A-Z]+-\\d+)",
            "a number or code", "编号");

    private final Pattern asked;
    private final Pattern stated;
    private final String english;
    private final String chinese;

    FactKind(String asked, String stated, String english, String chinese) {
        // what a wildcard spans ("when was [the poet Li Bai] born") is the subject: captured, for withoutAsking
        this.asked = Pattern.compile(asked.replace(".*", "(.*)"));
        this.stated = Pattern.compile(stated);
        this.english = english;
        this.chinese = chinese;
    }

    /** Whether a question asks for a fact of this kind (full-width characters already folded). */
    public boolean isAskedIn(String question) {
        return asked.matcher(question).find();
    }

    /**
     * The question without the words that ask for this kind ("李白是哪一年出生的" → "李白是 出生的"): what is left
     * names whose fact is asked for, so a year in a sentence about something else does not answer it.
     */
    public String withoutAsking(String question) {
        return asked.matcher(question).replaceAll(m -> {
            StringBuilder kept = new StringBuilder(" ");
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    kept.append(m.group(g)).append(' ');
                }
            }
            return java.util.regex.Matcher.quoteReplacement(kept.toString());
        });
    }

    /** Whether a text states a fact of this kind. */
    public boolean isStatedIn(String text) {
        return stated.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).find();
    }

    /** How to name what is missing, in English ("a year"). */
    public String english() {
        return english;
    }

    /** How to name what is missing, in Chinese ("年份"). */
    public String chinese() {
        return chinese;
    }

    /** The kinds a question asks for. */
    public static java.util.Set<FactKind> askedIn(String question) {
        String q = Normalizer.normalize(question, Normalizer.Form.NFKC);
        java.util.Set<FactKind> out = java.util.EnumSet.noneOf(FactKind.class);
        for (FactKind k : values()) {
            if (k.isAskedIn(q)) {
                out.add(k);
            }
        }
        return out;
    }
}
