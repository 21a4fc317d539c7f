/// Which of the scalars byline families look for a line holds, one bit per scalar, noted in the
/// pass that prepares the line (`LineScalars`): a family rejects a line of text by a mask test
/// instead of scanning it.
///
/// Only the scalars in `ScalarCues.groups` have a bit, one per group: most groups are one scalar;
/// white space of every kind shares a bit, and so do sentence-final and clause punctuation, so
/// for them a scalar stands for its whole group (`holdsAny(ScalarCues("。"))`: some sentence-final
/// punctuation). Building cues from any other scalar traps, so a test can never silently ask for
/// a scalar that is not noted.
public struct ScalarCues: Sendable, Hashable {
    /// One bit per tracked scalar (bit 0 is never set).
    public let bits: UInt64

    /// Cues with the given bits.
    init(bits: UInt64) { self.bits = bits }

    /// The cues of the tracked scalars of `word` (folded): every scalar must be tracked.
    public init(_ word: String) {
        var b: UInt64 = 0
        for s in word.unicodeScalars {
            let k = ScalarCues.index(of: s)
            precondition(k != 0, "ScalarCues: \(s) is not tracked")
            b |= 1 << UInt64(k)
        }
        bits = b
    }

    /// Cues several families test: white space, a colon (web fields, `作者：`), an opening bracket.
    static let space = ScalarCues(" "), colon = ScalarCues(":"), bracket = ScalarCues("("), bar = ScalarCues("|")

    /// True when the line holds every scalar of `word` (somewhere, in any order).
    @inline(__always) public func holdsAll(_ word: ScalarCues) -> Bool { bits & word.bits == word.bits }

    /// True when the line holds at least one scalar of `scalars`.
    @inline(__always) public func holdsAny(_ scalars: ScalarCues) -> Bool { bits & scalars.bits != 0 }

    /// The folded scalars noted, one group per bit from 1: white space (every `ScalarClass.isSpace`
    /// scalar joins the first group), the letters of role words (记者, 通讯员, 实习生, 评论员,
    /// 撰稿人), what opens a dateline (本) and what ends one (讯, 电, 消息) and its bracket, the colon of web fields, the
    /// scalars page furniture looks for (期 . 月 版 星, 发表于, 版权, ICP, ©), sentence-final
    /// punctuation (`ScalarClass.isSentenceFinal`, folded), the clause punctuation of
    /// `ScalarClass.isClausePunct` other than the colon and the point, the digits (folded), and
    /// the bars that part web fields (`来源 | …`, `编辑丨…`), the letters of editors' fields (责任编辑,
    /// 校对, 审核: one group), the middle dot of a magazine's issue (`2023·7`) and what a paper's
    /// registration and publisher lines hold (号, 刊, 机关报).
    static let groups: [String] = [" ", "记", "者", "通", "讯", "员", "实", "习", "生", "评", "论", "撰", "稿", "人", "电", "息", "本",
                                   "(", ":", "期", ".", "月", "版", "星", "发", "表", "于", "权", "I", "C", "P", "©",
                                   "。!?;…\u{FF61}", ",、—", "0123456789", "|丨", "编校审", "·", "号", "刊", "机", "关", "报"]

    /// Bit index of each scalar of the Basic Multilingual Plane (0: not tracked), built once.
    static let indexTable: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x10000)
        for (k, group) in groups.enumerated() {
            for s in group.unicodeScalars {
                precondition(s.value < 0x10000 && k + 1 < 64 && t[Int(s.value)] == 0)
                t[Int(s.value)] = UInt8(k + 1)
            }
        }
        let space = t[0x20]
        precondition(space == spaceIndex)
        // White space lies at or below U+3000 but for the byte-order mark (`ScalarClass.isSpace`;
        // LineScalarsTests checks the whole plane): a fifth of the plane to test.
        for v in Array(0...UInt32(0x3000)) + [0xFEFF] {
            if let s = Unicode.Scalar(v), ScalarClass.isSpace(s) { t[Int(v)] = space }
        }
        return t
    }()

    /// The bit index shared by every white-space scalar.
    static let spaceIndex: UInt8 = 1

    /// The bit index of `s` (0 when it is not tracked).
    static func index(of s: Unicode.Scalar) -> Int {
        s.value < 0x10000 ? Int(indexTable[Int(s.value)]) : 0
    }
}
