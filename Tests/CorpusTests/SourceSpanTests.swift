import XCTest
@testable import Corpus

/// `AnalysisText.span(of:in:)`: what a range of normalised text prints back as.
final class SourceSpanTests: XCTestCase {

    private func source(_ text: String) -> SourceText {
        SourceText(path: "t.txt", encoding: .utf8, decoded: Array(text.unicodeScalars))
    }

    /// The offset of `needle` in `text`, in scalars.
    private func offset(_ needle: String, in text: String) -> Int {
        let s = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        for i in 0...(s.count - n.count) where Array(s[i..<(i + n.count)]) == n { return i }
        XCTFail("\(needle) not in \(text)"); return 0
    }

    /// A wrap prints as printed, its line break included.
    func testWrappedRangePrintsTheSourceBetween() {
        let text = "点位 36\n个，发放问卷"
        let src = source(text)
        var t = AnalysisText()
        t.append(src, range: 0..<src.scalars.count)
        let r = offset("36个", in: t.string)
        let span = t.span(of: r..<(r + 3), in: src)
        XCTAssertEqual(span?.printed, "36\n个")
        XCTAssertEqual(span?.startLine, 1); XCTAssertEqual(span?.endLine, 2)
    }

    /// A range read across a seam of the reading order prints its pieces, not the lines of another
    /// article printed between them (nor, for a backward seam, a slice that runs the wrong way).
    func testRangeAcrossASeamPrintsItsPieces() {
        let text = "调研组历时 5 天，走访 3\n\n日为“代表接待日”，共开展接待活动。\n\n个县市 17 个村。"
        let src = source(text)
        let cut = offset("走访 3", in: text) + 4
        let rest = offset("个县市", in: text)
        var t = AnalysisText()
        t.append(src, range: 0..<cut)
        t.append(src, range: rest..<src.scalars.count)
        let r = offset("3个", in: t.string)
        XCTAssertEqual(t.span(of: r..<(r + 2), in: src)?.printed, "3\n个")
        // Backward: the second piece printed above the first.
        let text2 = "个县市 17 个村。\n\n调研组走访 3"
        let src2 = source(text2)
        let cut2 = offset("个县市", in: text2)
        var t2 = AnalysisText()
        t2.append(src2, range: (offset("调研组", in: text2))..<src2.scalars.count)
        t2.append(src2, range: cut2..<(cut2 + 3))
        let r2 = offset("3个", in: t2.string)
        let span2 = t2.span(of: r2..<(r2 + 2), in: src2)
        XCTAssertEqual(span2?.printed, "3\n个")
        XCTAssertEqual(span2?.startLine, 3)
    }
}
