/// Rules for what can be a person's name in a byline.
///
/// A name is 2–6 Han characters (Mongolian, Tibetan and Uyghur names run longer than the usual
/// 2–4), optionally with a middle dot (`阿不都·热合曼`), and contains no office or role word.
public enum PersonName {
    /// Words that mark an office, role or organisation, never a name.
    static let officeWords: [[Unicode.Scalar]] = [
        "人大", "常委", "委员", "主任", "书记", "记者", "通讯员", "本报", "编辑", "来源", "作者", "实习生",
        "政府", "代表", "会议", "办公室", "主席", "秘书", "部长", "局长", "县委", "市委", "党组", "工作",
        // Roles and column genres that follow 记者 or a credit (`记者手记`, `记者观察`, `摄影报道`).
        "摄影", "报道", "手记", "观察", "调查", "感言", "札记", "体验", "随笔", "点评", "评论", "述评",
        "视点", "采访", "连线", "直击", "探访", "走笔",
    ].map { Array($0.unicodeScalars) }

    /// True if `scalars` is a plausible name.
    public static func isPlausible(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var han = 0
        var dots = 0
        for s in scalars {
            if ScalarClass.isHan(s) { han += 1 }
            else if s == "·" || s == "•" || s == "・" { dots += 1 }
            else { return false }
        }
        guard dots <= 2, han >= 2, han <= (dots > 0 ? 10 : 6) else { return false }
        let a = Array(scalars)
        for w in officeWords where contains(a, w) { return false }
        return true
    }

    /// Convenience for strings.
    public static func isPlausible(_ s: String) -> Bool { isPlausible(ArraySlice(s.unicodeScalars)) }

    static func contains(_ a: [Unicode.Scalar], _ w: [Unicode.Scalar]) -> Bool {
        guard a.count >= w.count else { return false }
        var i = 0
        while i + w.count <= a.count {
            var ok = true
            for k in 0..<w.count where a[i + k] != w[k] { ok = false; break }
            if ok { return true }
            i += 1
        }
        return false
    }

    /// Splits a run of printed names (`张宇 朱自强`, `张三、李四`, `王  瑞`) into names.
    /// Returns nil if any part is not a plausible name. Two single characters separated by a
    /// space are one letter-spaced two-character name.
    public static func splitNames(_ scalars: ArraySlice<Unicode.Scalar>) -> [String]? {
        var tokens = [[Unicode.Scalar]]()
        var cur = [Unicode.Scalar]()
        for s in scalars {
            let f = ScalarClass.fold(s)
            if ScalarClass.isSpace(f) || f == "、" || f == "," || f == "，" || f == "/" || f == ";" {
                if !cur.isEmpty { tokens.append(cur); cur = [] }
            } else {
                cur.append(s)
            }
        }
        if !cur.isEmpty { tokens.append(cur) }
        guard !tokens.isEmpty else { return nil }
        var merged = [[Unicode.Scalar]]()
        var i = 0
        while i < tokens.count {
            // Letter-spaced names: three single characters are one name (`张 文 军`), an even run
            // is names of two (`王 瑞 李 强`).
            var k = i
            while k < tokens.count && tokens[k].count == 1 { k += 1 }
            if k - i == 3 {
                merged.append(tokens[i] + tokens[i + 1] + tokens[i + 2])
                i = k
                continue
            }
            if k - i >= 2 && (k - i) % 2 == 0 {
                while i < k { merged.append(tokens[i] + tokens[i + 1]); i += 2 }
                continue
            }
            if tokens[i].count == 1 && i + 1 < tokens.count && tokens[i + 1].count <= 2 {
                merged.append(tokens[i] + tokens[i + 1])
                i += 2
            } else {
                merged.append(tokens[i])
                i += 1
            }
        }
        var out = [String]()
        for t in merged {
            guard isPlausible(ArraySlice(t)) else { return nil }
            out.append(String(scalars: t[...]))
        }
        return out
    }
}
