import Foundation

/// Replacement names for the synthetic corpus: county-level place names and person names.
///
/// County names come, in order of preference, from `Sources/Corpus/Resources/divisions.tsv` (when
/// the division table exists), from the list embedded here, and from the counties found in the
/// seeds' bylines. Person names are drawn from common surnames and given-name characters.
struct NamePools: Sendable {
    /// County-level names (县, 区, 旗, 县级市), sorted and de-duplicated.
    let counties: [String]
    /// Where `counties` came from, for the corpus manifest.
    let countySource: String

    /// Builds the pools; `divisions` is the division table to try (nil: the default location).
    init(divisions: String?, seedCounties: [String]) {
        let path = divisions ?? NamePools.defaultDivisionsPath()
        if let path, let names = NamePools.countyNames(tsvAt: path), names.count >= 20 {
            counties = names
            countySource = path
        } else {
            counties = Array(Set(NamePools.embeddedCounties + seedCounties)).sorted()
            countySource = seedCounties.isEmpty ? "embedded list" : "embedded list + seed bylines"
        }
    }

    /// A random person name of two or three characters.
    func personName(_ rng: inout SplitMix64) -> String {
        var s = rng.pick(NamePools.surnames)
        let given = rng.chance(0.35) ? 1 : 2
        for _ in 0..<given { s.unicodeScalars.append(rng.pick(NamePools.givenCharacters)) }
        return s
    }

    /// A random county-level name.
    func county(_ rng: inout SplitMix64) -> String { rng.pick(counties) }

    /// `Sources/Corpus/Resources/divisions.tsv` relative to the working directory or the bench binary.
    static func defaultDivisionsPath() -> String? {
        let rel = "Sources/Corpus/Resources/divisions.tsv"
        var candidates = [FileManager.default.currentDirectoryPath + "/" + rel]
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent(rel).path)
            dir = dir.deletingLastPathComponent()
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0) }
    }

    /// County-level names from a division table. The format is read leniently: in each row, a
    /// 6-digit code not ending in `00` marks a county-level row, and the last field ending in
    /// 县/区/旗/市 is its name. Rows without a code fall back to fields ending in 县 or 旗.
    static func countyNames(tsvAt path: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var out = Set<String>()
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            let code = fields.first { $0.count == 6 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            let suffixes: [String] = code == nil ? ["县", "旗"] : ["县", "区", "旗", "市"]
            if let code, code.hasSuffix("00") { continue }
            if let name = fields.last(where: { f in f.count >= 2 && f.count <= 12 && suffixes.contains { f.hasSuffix($0) } }) {
                out.insert(name)
            }
        }
        return out.isEmpty ? nil : out.sorted()
    }

    /// Real county-level names from many provinces (enough variety for region grouping).
    static let embeddedCounties: [String] = [
        // 内蒙古
        "科尔沁区", "霍林郭勒市", "开鲁县", "库伦旗", "奈曼旗", "扎鲁特旗", "科尔沁左翼中旗", "科尔沁左翼后旗",
        "达拉特旗", "准格尔旗", "乌审旗", "杭锦旗", "临河区", "五原县", "磴口县", "乌拉特前旗",
        // 山西
        "离石区", "文水县", "交城县", "兴县", "临县", "柳林县", "石楼县", "岚县", "方山县", "中阳县", "交口县", "孝义市", "汾阳市",
        // 江苏
        "江宁区", "溧水区", "高淳区", "江阴市", "宜兴市", "沛县", "丰县", "睢宁县", "新沂市", "邳州市", "如皋市", "海安市",
        // 浙江
        "余杭区", "临安区", "桐庐县", "淳安县", "建德市", "安吉县", "德清县", "长兴县", "义乌市", "东阳市",
        // 湖北
        "江夏区", "黄陂区", "新洲区", "大冶市", "阳新县", "郧阳区", "竹山县", "房县", "宜都市", "枝江市",
        // 河南
        "中牟县", "巩义市", "荥阳市", "新密市", "新郑市", "登封市", "兰考县", "杞县", "通许县", "尉氏县",
        // 山东
        "章丘区", "平阴县", "商河县", "胶州市", "平度市", "莱西市", "寿光市", "诸城市", "曲阜市", "邹城市",
        // 湖南
        "长沙县", "浏阳市", "宁乡市", "湘潭县", "韶山市", "醴陵市", "攸县", "茶陵县", "炎陵县",
        // 云南
        "呈贡区", "晋宁区", "富民县", "宜良县", "石林彝族自治县", "嵩明县", "禄劝彝族苗族自治县", "安宁市",
        // 宁夏
        "永宁县", "贺兰县", "灵武市", "平罗县", "盐池县", "同心县", "青铜峡市", "西吉县", "隆德县", "泾源县",
        // 四川, 广东, 甘肃
        "双流区", "郫都区", "金堂县", "大邑县", "蒲江县", "都江堰市", "彭州市", "增城区", "从化区", "台山市",
        "开平市", "鹤山市", "恩平市", "榆中县", "永登县", "皋兰县", "敦煌市", "玉门市", "瓜州县", "肃北蒙古族自治县",
    ]

    static let surnames: [String] = [
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭",
        "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅",
        "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "余", "潘", "杜", "戴",
        "夏", "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔",
        "白", "崔", "康", "毛", "邱", "秦", "江", "史", "顾", "侯", "邵", "孟", "龙", "万", "段", "雷", "钱", "汤",
        "尹", "黎", "易", "常", "武", "乔", "贺", "赖", "龚", "文", "包", "鲁", "乌", "宝", "那",
    ]

    static let givenCharacters: [Unicode.Scalar] = Array(
        "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红建国志文斌辉力永健世广义兴良海山仁波宁福生龙元全胜学祥才发成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"
            .unicodeScalars)
}
