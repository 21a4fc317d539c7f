@testable import Corpus
import XCTest

/// The frame index answers exactly as comparing a paragraph with every paragraph of the page, and
/// reading order moves a piece by its frame the same way on a small page (compared paragraph by
/// paragraph) and on a large one (indexed).
final class FrameIndexTests: XCTestCase {
    /// A small deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// Pages of short paragraphs from few characters (Han and not), many opening alike in several
    /// fragments, in chains of several sections: every question the index can be asked is answered
    /// as by comparing, sections of several classes and generic openings included.
    func testIndexAnswersAsComparingEveryParagraph() {
        var g = Generator(state: 42)
        let alphabet = Array("坚持依法为民一是●，A".unicodeScalars)
        let openings = ["坚持", "坚持依法", "坚持为民", "一是", "在人大", "●", ""].map { Array($0.unicodeScalars) }
        var asked = 0, framed = [0, 0, 0, 0], genericPages = 0
        for _ in 0..<40 {
            let n = 20 + g.next(120)
            let texts = (0..<n).map { _ in openings[g.next(openings.count)] + (0..<(2 + g.next(9))).map { _ in alphabet[g.next(alphabet.count)] } }
            let fragments = (0..<n).map { _ in g.next(6) }
            let generic = GenericOpenings(texts: texts, fragments: fragments)
            if texts.indices.contains(where: { generic.longestGeneric($0, upTo: 4) > 0 }) { genericPages += 1 }
            // Chains of consecutive paragraphs, a few left out, in up to six sections.
            var owned = [(chain: [Int], section: Int)]()
            var p = 0
            while p < n {
                let length = 1 + g.next(8)
                if g.next(10) > 0 { owned.append((Array(p..<min(n, p + length)), g.next(6))) }
                p += length
            }
            let compared = FrameIndex(paras: texts, openings: generic, owned: owned, indexed: false)
            let indexed = FrameIndex(paras: texts, openings: generic, owned: owned, indexed: true)
            for o in owned {
                for f in o.chain {
                    let piece = Array(Set([f] + o.chain.filter { _ in g.next(3) == 0 })).sorted()
                    let other = g.next(6)
                    for minimum in [2, 3] {
                        for wanted in [FrameIndex.Sections.only(o.section), .allBut(o.section), .only(other), .allBut(other)] {
                            let all = Set(compared.sections(framing: f, minimum: minimum, among: wanted, excluding: piece, limit: .max))
                            for limit in [1, 2, .max] {
                                let got = indexed.sections(framing: f, minimum: minimum, among: wanted, excluding: piece, limit: limit)
                                XCTAssertEqual(got.count, min(limit, all.count), "f \(f) minimum \(minimum) \(wanted) limit \(limit)")
                                XCTAssertEqual(Set(got).count, got.count)
                                XCTAssertTrue(Set(got).isSubset(of: all), "f \(f) minimum \(minimum) \(wanted): \(got) not in \(all)")
                                asked += 1
                            }
                            framed[(minimum - 2) * 2 + (all.isEmpty ? 0 : 1)] += 1
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(asked, 10_000)
        XCTAssertGreaterThan(genericPages, 20, "pages with generic openings")
        XCTAssertTrue(framed.allSatisfy { $0 > 500 }, "questions with and without frames of two and three: \(framed)")
    }

    /// `坚持为民履职，在…彰显…` printed in one article, whose other paragraphs share no frame with it,
    /// goes to the article holding `坚持依法履职，在…彰显…`; that one stays, as its own article holds
    /// `坚持依法监督…`. The same with 40 filler paragraphs (compared one by one) and with 400 (indexed).
    /// The page is a scrambled one (a cut, `…持续加强监`, goes on two paragraphs further down); on a
    /// page with no paragraph cut the piece moves too, as it opens alike (`坚持…`).
    func testAPieceInAnotherArticlesFrameMovesThereOnSmallAndLargePages() {
        XCTAssertTrue((40..<400).contains(FrameIndex.smallPage), "one page of each kind")
        let filler = Array("代表联络站工作有序开展群众满意度提升基层治理效能明显增强会议审议通过报告意见".unicodeScalars)
        for count in [40, 400] {
            var lines = ["甲乡人大推进代表工作", "本报记者 王芳"]
            for i in 0..<count {
                lines.append(String(String.UnicodeScalarView((0..<20).map { filler[(i * 7 + $0 * ($0 + 3)) % filler.count] })) + "。")
                if i == count / 2 { lines.append("坚持为民履职，在服务群众中彰显担当。") }
            }
            lines += ["乙镇人大提升监督实效", "本报记者 李明", "乙镇人大常委会今年以来持续加强监督工作。",
                      "坚持依法履职，在监督工作中彰显作为。", "坚持依法监督，推动工作落实见效。",
                      "乙镇人大常委会今年以来，围绕中心工作，持续加强监", "乙镇人大将继续努力。", "督工作。"]
            let doc = Fixtures.document(lines.joined(separator: "\n\n"))
            let moved = 2 * (count / 2 + 3) + 1, stays = 2 * (count + 6) + 1
            XCTAssertEqual(doc.sections.count, 2, "\(count)")
            guard doc.sections.count == 2 else { continue }
            XCTAssertEqual(doc.source.line(moved), "坚持为民履职，在服务群众中彰显担当。")
            XCTAssertEqual(doc.source.line(stays), "坚持依法履职，在监督工作中彰显作为。")
            XCTAssertFalse(doc.sections[0].bodyLines.contains(moved), "\(count)")
            XCTAssertTrue(doc.sections[1].bodyLines.contains(moved), "\(count)")
            XCTAssertTrue(doc.sections[1].bodyLines.contains(stays), "\(count)")
            XCTAssertEqual(doc.sections[0].bodyLines.count, count, "\(count)")
            // The same page with the cut sentence whole and printed in order.
            let inOrder = Fixtures.document(lines.dropLast(3).joined(separator: "\n\n") + "\n\n乙镇人大将继续努力。")
            XCTAssertTrue(inOrder.sections.last?.bodyLines.contains(moved) ?? false, "\(count)")
        }
    }
}
