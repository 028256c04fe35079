package dev.zhiku.indexer.testdocs;

/** The catalogue of distinctive phrases; each generated document carries its own. */
public final class Phrases {

    public static final Phrase PDF_PAGE_1 = new Phrase(
            "The warranty period for the Zephyr pump is 37 months", "泽菲尔水泵的保修期为三十七个月");
    public static final Phrase PDF_PAGE_2 = new Phrase(
            "The Orion valve must be inspected every 14 days", "猎户座阀门必须每十四天检查一次");
    public static final Phrase PDF_PAGE_3 = new Phrase(
            "The Lyra compressor weighs 86 kilograms", "天琴座压缩机重八十六公斤");
    public static final Phrase ENCRYPTED = new Phrase(
            "The vault code for the Halcyon archive is 5521", "翠鸟档案馆的保险库密码是五五二一");
    /** Rendered as an image only; large letters for OCR, no Chinese. */
    public static final Phrase SCANNED = new Phrase("INVOICE 4711 PAID IN MARCH", null);
    public static final Phrase IMAGE = new Phrase("MEETING ROOM AURORA SEATS 12", null);

    public static final Phrase DOCX_TITLE = new Phrase("Quarterly report of the Borealis project", "北极光项目季度报告");
    public static final Phrase DOCX_SECTION = new Phrase("Budget overview of Borealis", "北极光预算概览");
    public static final Phrase DOCX_BODY = new Phrase(
            "The Borealis project spent 412 thousand euros on sensors", "北极光项目在传感器上花费了四十一万二千欧元");
    public static final Phrase DOCX_TABLE = new Phrase("Sensor model Kestrel costs 95 euros", "红隼型传感器售价九十五欧元");
    public static final Phrase PPTX_SLIDE_1 = new Phrase("The Nimbus roadmap starts in April", "雨云路线图从四月开始");
    public static final Phrase PPTX_SLIDE_2 = new Phrase("The Nimbus beta has 230 testers", "雨云测试版有二百三十名测试者");
    public static final Phrase PPTX_SLIDE_3 = new Phrase("Nimbus launches in the Shenzhen office", "雨云在深圳办公室发布");
    public static final Phrase XLSX_PRICES = new Phrase("Copper cable costs 18 yuan per metre", "铜缆每米售价十八元");
    public static final Phrase XLSX_STOCK = new Phrase("Warehouse Tianjin holds 640 pallets", "天津仓库存放六百四十个托盘");

    public static final Phrase ODT = new Phrase("The Meridian library opens at 9 every morning", "子午线图书馆每天早上九点开门");
    public static final Phrase ODS = new Phrase("The Meridian canteen serves 310 meals a day", "子午线食堂每天供应三百一十份餐");
    public static final Phrase ODP = new Phrase("The Meridian shuttle leaves every 20 minutes", "子午线班车每二十分钟发一班");
    public static final Phrase RTF = new Phrase("The Cobalt printer prints 44 pages per minute", "钴蓝打印机每分钟打印四十四页");
    public static final Phrase EPUB_1 = new Phrase(
            "Captain Ilsa sailed the Amber Sea for 19 years", "伊尔莎船长在琥珀海航行了十九年");
    public static final Phrase EPUB_2 = new Phrase(
            "The lighthouse of Wren Point was built in 1887", "鹪鹩角灯塔建于一八八七年");
    public static final Phrase HTML = new Phrase("The Sable bridge is 1200 metres long", "貂桥长一千二百米");
    public static final Phrase MARKDOWN = new Phrase(
            "The Quokka app syncs notes every 5 minutes", "短尾矮袋鼠应用每五分钟同步一次笔记");

    public static final Phrase TEXT_UTF8 = new Phrase("The Falcon drill needs a 12 volt battery", "猎鹰电钻需要十二伏电池");
    public static final Phrase TEXT_UTF16 = new Phrase("The Heron kettle boils water in 90 seconds", "苍鹭水壶九十秒烧开水");
    public static final Phrase TEXT_GB18030 = new Phrase(
            "The Panda scooter travels 65 kilometres per charge", "熊猫滑板车每次充电行驶六十五公里");
    /** Traditional Chinese, as Big5 carries it. */
    public static final Phrase TEXT_BIG5 = new Phrase("The Typhoon fan has 7 speed settings", "颱風牌電風扇有七檔風速");
    /** Japanese, as Shift_JIS carries it. */
    public static final Phrase TEXT_SHIFT_JIS = new Phrase("The Sakura clock chimes at noon", "桜の時計は正午に鳴ります");
    public static final Phrase CSV = new Phrase("Order 8812 shipped to Chengdu", "订单八八一二已发往成都");
    public static final Phrase JAVA = new Phrase("The Gecko parser retries 3 times", "壁虎解析器重试三次");

    public static final Phrase MAIL_SUBJECT = new Phrase("Pelican contract renewal", "鹈鹕合同续签");
    public static final Phrase MAIL_BODY = new Phrase("The Pelican contract renews on 1 July", "鹈鹕合同于七月一日续签");
    public static final Phrase MAIL_CSV = new Phrase("Pelican invoice 3390 is due", "鹈鹕发票三三九零到期");
    public static final Phrase MAIL_PDF = new Phrase("The Pelican attachment lists 8 sites", "鹈鹕附件列出八个站点");
    public static final Phrase MBOX_1 = new Phrase("The Osprey team meets on Tuesday", "鱼鹰团队周二开会");
    public static final Phrase MBOX_2 = new Phrase("The Osprey budget is 75 thousand", "鱼鹰预算为七万五千");
    public static final Phrase MBOX_GBK = new Phrase("The Osprey server moved to Hangzhou", "鱼鹰服务器已迁往杭州");

    public static final Phrase ZIP_TEXT = new Phrase("The Walrus archive keeps 23 boxes", "海象档案保存二十三个箱子");
    public static final Phrase ZIP_DOCX = new Phrase("The Walrus manual has 58 chapters", "海象手册共有五十八章");
    public static final Phrase ZIP_NESTED = new Phrase("The Walrus inner zip holds 4 maps", "海象内层压缩包有四张地图");
    public static final Phrase ZIP_DEEPEST = new Phrase("The Matryoshka doll is deeply nested", "套娃嵌套得很深");

    private Phrases() {
    }
}
