/// Rules that derive the names people actually print from official names:
/// suffix-less stems, ethnic-autonomous stems, banner contractions and headline contractions.
/// All rules are general; the short listed table covers contractions no rule yields.
enum GazetteerRules {
    /// Administrative suffix characters that end a printed place name.
    static let suffixScalars: Set<Unicode.Scalar> = ["省", "市", "县", "区", "旗", "盟", "州"]

    /// Suffixes a county-level name may carry (used for wrong-suffix detection).
    static let countySuffixes: Set<Unicode.Scalar> = ["市", "县", "区", "旗"]

    /// Ethnic group names as they appear in autonomous-unit names. Single-character ones
    /// only match when followed by 族 (`回族`), to avoid eating a stem's last character.
    static let ethnicGroups: [String] = [
        "柯尔克孜", "乌孜别克", "维吾尔", "哈萨克", "达斡尔", "鄂伦春", "鄂温克", "塔吉克", "塔塔尔", "俄罗斯",
        "蒙古", "布依", "朝鲜", "土家", "哈尼", "傈僳", "高山", "拉祜", "东乡", "纳西", "景颇", "仫佬", "布朗",
        "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "德昂", "保安", "裕固", "独龙", "赫哲", "门巴", "珞巴", "基诺",
        "回", "藏", "苗", "彝", "傣", "壮", "满", "侗", "瑶", "白", "黎", "佤", "畲", "水", "土", "羌", "怒", "京", "各",
    ].sorted { $0.count > $1.count }

    /// Contractions that follow no rule (mostly Inner Mongolia; 塔县 for 塔什库尔干塔吉克自治县),
    /// official name → printed forms.
    static let listedContractions: [String: [String]] = [
        "达尔罕茂明安联合旗": ["达茂旗", "达茂"],
        "苏尼特左旗": ["东苏旗"],
        "苏尼特右旗": ["西苏旗"],
        "东乌珠穆沁旗": ["东乌旗"],
        "西乌珠穆沁旗": ["西乌旗"],
        "莫力达瓦达斡尔族自治旗": ["莫旗"],
        "鄂伦春自治旗": ["鄂伦春旗"],
        "鄂温克族自治旗": ["鄂温克旗"],
        "托克托县": ["托县"],
        "和林格尔县": ["和林县"],
        "阿鲁科尔沁旗": ["阿旗"],
        "伊金霍洛旗": ["伊旗"],
        "新巴尔虎左旗": ["新左旗"],
        "新巴尔虎右旗": ["新右旗"],
        "陈巴尔虎旗": ["陈旗"],
        "喀喇沁旗": ["喀旗"],
        "克什克腾旗": ["克旗"],
        // Mongolian autonomous counties, as their papers print them.
        "杜尔伯特蒙古族自治县": ["杜蒙县"],
        "阜新蒙古族自治县": ["阜蒙县"],
        "喀喇沁左翼蒙古族自治县": ["喀左县"],
        "前郭尔罗斯蒙古族自治县": ["前郭县"],
        // Other long autonomous-county names printed by their first character.
        "塔什库尔干塔吉克自治县": ["塔县"],
        "察布查尔锡伯自治县": ["察县"],
        // Autonomous prefectures known by one character of their name and 州.
        "博尔塔拉蒙古自治州": ["博州"],
        "克孜勒苏柯尔克孜自治州": ["克州"],
        "西双版纳傣族自治州": ["西双版纳州", "版纳州"],
    ]

    /// The printed forms of `listedContractions`.
    static let listedSurfaces: Set<String> = Set(listedContractions.values.flatMap { $0 })
    /// `listedSurfaces` packed by `packedIdeographs` (those of two to four ideographs; a longer one,
    /// `西双版纳州`, is looked up by its string).
    static let listedSurfaceKeys: Set<UInt64> = Set(listedSurfaces.compactMap(packedIdeographs))

    /// Whether `surface` is one of `listedSurfaces`, as `listedSurfaces.contains(surface)` answers:
    /// by its packed scalars when it has up to four ideographs of the basic block (no canonical
    /// equivalence relates such a text to any other), else by the string. (A `Set<String>`
    /// lookup of Han text normalises it first: asked of every contraction found, it cost more
    /// than finding it.)
    static func isListedSurface(_ surface: String) -> Bool {
        if let k = packedIdeographs(surface) { return listedSurfaceKeys.contains(k) }
        return listedSurfaces.contains(surface)
    }

    /// The scalars of `s`, 16 bits each, when it is one to four ideographs of the basic block
    /// (U+4E00–9FFF, never 0: the packing tells lengths apart); nil otherwise.
    static func packedIdeographs(_ s: String) -> UInt64? {
        var key: UInt64 = 0, n = 0
        for c in s.unicodeScalars {
            let v = c.value
            guard n < 4, v >= 0x4E00, v <= 0x9FFF else { return nil }
            key = key << 16 | UInt64(v)
            n += 1
        }
        return n > 0 ? key : nil
    }

    /// Idioms and fixed phrases that contain place stems but name no place; any short form
    /// overlapping one is dropped (幸福安康 hides both 福安 and 安康).
    static let stopPhrases: [String] = [
        "长治久安", "幸福安康", "平安安康", "世界大同", "天下大同", "孙中山", "中山装", "东方红", "朝阳产业",
        "和平发展", "台湾同胞", "延安精神", "井冈山精神", "红旗渠精神", "国泰民安", "富民安康", "黄山松",
    ]

    /// Words that are never places even if a short form would match them.
    static let neverPlaces: Set<String> = [
        "中国", "中华", "全国", "全省", "全市", "全县", "全区", "全旗", "全盟", "全州", "本市", "我市", "我县", "我区", "我旗",
        "我州", "本州", "本县", "本区", "本旗", "高新区", "经开区", "开发区", "新区",
        "城区", "郊区", "矿区", "市区", "新区", "东区", "西区", "南区", "北区", "中区", "市中", "城关", "城中", "开发",
        "和平", "平安", "长安", "新华", "东方", "朝阳", "太平", "永安", "光明", "胜利", "前进", "红旗", "向阳", "建设",
        "白银", "大安", "安平", "江南", "江北", "河东", "河西", "山南", "城东", "城西", "城南", "城北", "新城", "通州",
        "友好", "民主", "文明", "和谐", "团结", "振兴", "新兴", "普安", "永和", "安定", "大方", "正安", "长顺",
        "宁国", "万全", "和顺", "富民", "安宁", "宜良", "文化", "东风", "先锋", "四方", "金川", "安乡", "清新", "德化",
    ]

    /// Characters after a place name that make it part of a street, road or landmark name.
    static let roadScalars: Set<Unicode.Scalar> = ["路", "街", "巷", "道", "弄", "胡"]

    /// Characters after a two-character contraction that show it is a plain word (`中旗帜`, `大市场`).
    static let contractionBreakers: Set<Unicode.Scalar> = ["帜", "杆", "手", "号", "舰", "场", "民", "长", "面"]

    /// Characters after `<stem>市/县/区/旗` that make it a plain word rather than a wrong suffix (市场, 市民, 旗帜).
    static let wrongSuffixBreakers: Set<Unicode.Scalar> = ["场", "民", "帜", "长", "委", "政", "级", "井", "容", "区"]

    /// Words a stem's last character makes with a wrong suffix (`乌蒙山区`: the Wumeng mountain area, not
    /// 蒙山县 printed 蒙山区; `社区`, `景区`, `超市`): no wrong suffix then, the suffix is the word's. (Not
    /// `城市`, `都市` or `城区`: `宁城市` is 宁城县 printed with the wrong suffix.)
    /// (Each word as its two scalars' pair key, `Gazetteer.pairKey`.)
    static let wrongSuffixWords: Set<UInt64> = Set([
        "山区", "社区", "景区", "园区", "牧区", "林区", "矿区", "市区", "郊区", "片区", "辖区", "灾区",
        "湖区", "库区", "垦区", "街区", "老区", "新区", "湾区", "小区", "校区", "营区",
        "超市", "门市", "股市", "夜市", "集市", "闹市",
    ].map { w in let s = Array(w.unicodeScalars); return Gazetteer.pairKey(s[0].value, s[1].value) })

    /// Conjunctions that are also the first character of a two-character county (和县).
    static let conjunctions: Set<Unicode.Scalar> = ["和", "与", "及", "或"]

    /// Characters after a bare stem that show it is (part of) a person's name: 说, 表示, 同志…
    static let personFollowers: Set<Unicode.Scalar> = ["说", "讲", "称", "同", "先", "女", "表", "告"]

    typealias Scalars = [Unicode.Scalar]

    static let autonomousTails: [Scalars] = ["自治县", "自治旗", "自治州"].map { Array($0.unicodeScalars) }
    static let ethnicScalars: [(plain: Scalars, withZu: Scalars)] = ethnicGroups.map {
        (Array($0.unicodeScalars), Array($0.unicodeScalars) + ["族"])
    }

    @inline(__always) static func hasSuffix(_ s: Scalars, _ t: Scalars, droppingLast k: Int = 0) -> Bool {
        let end = s.count - k
        guard end > t.count else { return false }
        return s[(end - t.count)..<end].elementsEqual(t)
    }

    /// The stem of an ethnic autonomous unit (`元江哈尼族彝族傣族自治县` → `元江`), or nil.
    static func ethnicStem(_ name: Scalars) -> Scalars? {
        guard let tail = autonomousTails.first(where: { hasSuffix(name, $0) }) else { return nil }
        var end = name.count - tail.count
        var stripped = false
        outer: while end > 0 {
            let cur = name[..<end]
            for g in ethnicScalars {
                if end > g.withZu.count, cur[(end - g.withZu.count)...].elementsEqual(g.withZu) {
                    end -= g.withZu.count; stripped = true; continue outer
                }
                if g.plain.count >= 2, end > g.plain.count, cur[(end - g.plain.count)...].elementsEqual(g.plain) {
                    end -= g.plain.count; stripped = true; continue outer
                }
            }
            break
        }
        guard stripped, end >= 2 else { return nil }
        return Array(name[..<end])
    }

    static let twoCharTails: [Scalars] = ["地区", "林区", "特区"].map { Array($0.unicodeScalars) }

    /// The suffix-less stem of a county- or prefecture-level name (`石楼县` → `石楼`), or nil
    /// when the stem would be shorter than two characters.
    static func stem(_ name: Scalars) -> Scalars? {
        if let e = ethnicStem(name) { return e }
        if autonomousTails.contains(where: { hasSuffix(name, $0) }) { return nil }
        for tail in twoCharTails where hasSuffix(name, tail) {
            return name.count - 2 >= 2 ? Array(name.dropLast(2)) : nil
        }
        guard let last = name.last, suffixScalars.contains(last), name.count - 1 >= 2 else { return nil }
        return Array(name.dropLast())
    }

    static let positions: Set<Unicode.Scalar> = ["左", "右", "前", "中", "后"]

    /// Contractions of a county- or prefecture-level name.
    ///
    /// Rules: `X左翼Y旗`/`X右翼Y旗` → `X₁左Y旗` and `Y旗` (科尔沁左翼中旗 → 科左中旗, 中旗);
    /// `X(左|右|前|中|后)旗` → `X₁P旗` and `P旗` (乌拉特前旗 → 乌前旗, 前旗);
    /// `X旗` with |X| ≥ 2 → `X₁旗` (扎鲁特旗 → 扎旗); `X市` with |X| ≥ 3 → `X₁市` (乌兰浩特市 → 乌市);
    /// plus the listed table. Autonomous banners (`…自治旗`) only use the table.
    static func contractions(_ name: String, _ s: Scalars) -> [Scalars] {
        var out: [Scalars] = (listedContractions[name] ?? []).map { Array($0.unicodeScalars) }
        guard s.count >= 3, let last = s.last else { return out }
        if last == "旗" && !hasSuffix(s, autonomousTails[1]) {
            let body = Array(s.dropLast())
            if body.count >= 4, let w = body.firstIndex(where: { $0 == "左" || $0 == "右" }), w >= 1,
               w + 1 < body.count, body[w + 1] == "翼" {
                let rest = Array(body[(w + 2)...])
                out.append([body[0], body[w]] + rest + ["旗"])
                if rest.count == 1 { out.append(rest + ["旗"]) }
            } else if body.count >= 3, let p = body.last, positions.contains(p) {
                out.append([body[0], p, "旗"])
                out.append([p, "旗"])
            } else if body.count >= 2 {
                out.append([body[0], "旗"])
            }
        } else if last == "市" && s.count >= 4 {
            out.append([s[0], "市"])
        }
        var result: [Scalars] = []
        for c in out where c != s && !result.contains(c) { result.append(c) }
        return result
    }
}
