import Corpus
import Foundation
import XCTest
@testable import Analysis

/// `phrases --by file` skips reading-order repair on pages where no phrase can span two movable
/// blocks. These tests hold that shortcut to the counts the full repair gives.
final class OrderFreeCountTests: XCTestCase {
    private func s(_ x: String) -> [Unicode.Scalar] { Array(x.unicodeScalars) }

    /// `isOpen(atEndOf:)` against its definition: some non-empty suffix is a prefix of a pattern.
    func testIsOpenAgreesWithItsDefinition() {
        let patterns = ["人大代表", "人大", "全过程人民民主", "代表大会", "大会制度"]
        let ac = AhoCorasick(phrases: patterns)
        let alphabet = s("人大代表全过程民主会制度的。")
        var rng = SplitMix(seed: 7)
        for _ in 0..<3_000 {
            let text = (0..<Int(rng.next() % 14)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            let expected = (1...max(1, text.count)).contains { k in
                k <= text.count && patterns.contains { p in
                    let ps = s(p)
                    return k <= ps.count && Array(ps.prefix(k)) == Array(text.suffix(k))
                }
            }
            XCTAssertEqual(ac.isOpen(atEndOf: text[...]), expected, String(String.UnicodeScalarView(text)))
        }
        XCTAssertTrue(ac.isOpen(atEndOf: s("坚持党对人")[...]))
        XCTAssertFalse(ac.isOpen(atEndOf: s("人大代表。")[...]))
        XCTAssertFalse(ac.isOpen(atEndOf: s("")[...]))
    }

    /// `spansJoin` against its definition: some occurrence of a pattern in `left + right` starts in
    /// `left` and ends in `right`; and when it is false, counts of the join are the sums.
    func testSpansJoinAgreesWithItsDefinition() {
        let patterns = ["人大代表", "人大", "全过程人民民主", "代表大会", "大会制度", "民主"]
        let alphabet = s("人大代表全过程民主会制度的。")
        var rng = SplitMix(seed: 11)
        var spans = 0
        for kind in [AhoCorasick.MatchKind.leftmostLongest, .overlapping] {
            let ac = AhoCorasick(phrases: patterns, matchKind: kind)
            let overlapping = AhoCorasick(phrases: patterns, matchKind: .overlapping)
            for _ in 0..<3_000 {
                let left = (0..<Int(rng.next() % 10)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
                let right = (0..<Int(rng.next() % 10)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
                let joined = left + right
                let expected = overlapping.matches(in: joined).contains { $0.range.lowerBound < left.count && $0.range.upperBound > left.count }
                let name = String(String.UnicodeScalarView(left)) + "|" + String(String.UnicodeScalarView(right))
                XCTAssertEqual(ac.spansJoin(left[...], right[...]), expected, name)
                // A whole short right side: also when an occurrence from `left` is still open at
                // its end (some suffix of left + right reaching into left is a pattern prefix).
                let stillOpen = (right.count + 1...max(right.count + 1, joined.count)).contains { k in
                    k <= joined.count && patterns.contains { p in
                        let ps = s(p)
                        return k < ps.count && Array(ps.prefix(k)) == Array(joined.suffix(k))
                    }
                }
                let short = right.count < ac.maxPatternLength - 1
                XCTAssertEqual(ac.spansJoin(left[...], right[...], rightIsWhole: true), expected || (short && stillOpen), name)
                if expected { spans += 1 } else {
                    let sum = zip(ac.count(in: left), ac.count(in: right)).map { $0 + $1 }
                    XCTAssertEqual(ac.count(in: joined), sum, name)
                }
            }
        }
        XCTAssertGreaterThan(spans, 20)
        let ac = AhoCorasick(phrases: patterns)
        XCTAssertTrue(ac.spansJoin(s("我们支持人")[...], s("大代表依法履职")[...]))
        XCTAssertFalse(ac.spansJoin(s("我们支持人")[...], s("民群众")[...]))
        XCTAssertFalse(ac.spansJoin(s("人大")[...], s("常委会")[...]))
    }

    private func fileCounts(_ doc: Document, _ counter: PhraseCounter) -> [Int] {
        var total = [Int](repeating: 0, count: counter.phrases.count)
        for g in counter.count(doc, by: .file) { for k in total.indices { total[k] += g.counts[k] } }
        return total
    }

    /// On every seed and on pages built to be scrambled, the per-file counts with the shortcuts are
    /// the repaired counts; every path is taken.
    func testPerFileCountsEqualTheRepairedCounts() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let seedDir = root.appendingPathComponent("seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: seedDir.path).filter { $0.hasSuffix(".txt") }.sorted()
        XCTAssertEqual(files.count, 5)
        var sources = try files.map { try SourceText(path: $0, bytes: [UInt8](Data(contentsOf: seedDir.appendingPathComponent($0)))) }
        // A column cut inside a phrase (人|大代表) over a header, and a page with no cut in a phrase.
        sources.append(try SourceText(path: "cut.txt", bytes: Array("""
        人大工作要坚持党的领导。人大代表要密切联系群众。

        坚持党的领导，是做好人大工作的根本保证。我们要支持人

        第二篇文章的标题

        某县人大常委会主任 王明

        大代表依法履职，发展全过程人民民主。

        人大代表要密切联系群众，倾听群众呼声。
        """.utf8)))
        sources.append(try SourceText(path: "plain.txt", bytes: Array("""
        全过程人民民主的生动实践

        某县人大常委会主任 王明

        发展全过程人民民主，保障人民当家作主。人大代表要密切联系群众，

        倾听群众呼声。
        """.utf8)))
        // A cut after 人 (a partial 人大代表) whose continuation completes no phrase.
        sources.append(try SourceText(path: "open.txt", bytes: Array("""
        人大工作要坚持党的领导。人大代表要密切联系群众。

        坚持党的领导，是做好人大工作的根本保证。我们要支持人

        第二篇文章的标题

        某县人大常委会主任 王明

        们把身边的事情办好，发展全过程人民民主。

        人大代表要密切联系群众，倾听群众呼声。
        """.utf8)))
        // A phrase across three blocks, the middle one too short to hold its rest (民有|所呼、|我有所应).
        sources.append(try SourceText(path: "three.txt", bytes: Array("""
        第一篇文章的标题

        某市人大常委会主任 李强

        人大工作要坚持党的领导。人大代表要密切联系群众。

        坚持党的领导，是做好人大工作的根本保证。我们要做到民有

        第二篇文章的标题

        某县人大常委会主任 王明

        所呼、

        我有所应，发展全过程人民民主。

        人大代表要密切联系群众，倾听群众呼声。
        """.utf8)))
        let reader = DocumentReader(background: NGramIndex.sample(sources), resolver: nil)
        let counter = PhraseCounter(lexicon: Lexicon.builtIn)
        var skipped = 0, stoppedEarly = 0, repaired = 0
        for source in sources {
            var orderFree: Bool? = nil
            let fast = reader.read(source, closedBlocks: { blocks, src in
                orderFree = counter.isOrderFree(blocks, in: src)
                return counter.closedBlockTest(blocks, in: src)
            })
            let full = reader.read(source)
            if orderFree == true { skipped += 1 } else if fast.joins.isEmpty && !full.joins.isEmpty { stoppedEarly += 1 } else { repaired += 1 }
            XCTAssertEqual(fileCounts(fast, counter), fileCounts(full, counter), source.path)
        }
        // Pages left in layout order, repairs stopped after the chains, and full repairs all occur.
        XCTAssertGreaterThan(skipped, 0)
        XCTAssertGreaterThan(stoppedEarly, 0)
        XCTAssertGreaterThan(repaired, 0)

        // A block that ends inside a partial phrase does not stop the shortcut when no block opens
        // with its continuation.
        let open = sources.first { $0.path == "open.txt" }!
        let blocks = DocumentReader.movableBlocks(reader.assembler.assemble(reader.classifier.units(of: open), source: open))
        XCTAssertTrue(blocks.contains { b in
            var t = AnalysisText()
            for p in b { t.append(open, range: p.range) }
            return counter.matcher.isOpen(atEndOf: t.scalars[...])
        })
        XCTAssertTrue(counter.isOrderFree(blocks, in: open))

        // The cut phrase is counted once the repair joins it: the shortcut must not have been taken.
        let cut = sources.first { $0.path == "cut.txt" }!
        var cutFree: Bool? = nil
        let doc = reader.read(cut, closedBlocks: { b, src in
            cutFree = counter.isOrderFree(b, in: src)
            return counter.closedBlockTest(b, in: src)
        })
        XCTAssertEqual(cutFree, false)
        let k = counter.phrases.firstIndex(of: "人大代表")!
        XCTAssertEqual(fileCounts(doc, counter)[k], 3)

        let three = sources.first { $0.path == "three.txt" }!
        let joined = reader.read(three)
        let m = counter.phrases.firstIndex(of: "民有所呼、我有所应")!
        XCTAssertEqual(fileCounts(joined, counter)[m], 1, "the repair joins the three blocks")
    }
}

/// A small deterministic generator for test inputs.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
