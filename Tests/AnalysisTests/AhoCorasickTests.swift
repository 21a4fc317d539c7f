import XCTest
@testable import Analysis

final class AhoCorasickTests: XCTestCase {
    private func s(_ x: String) -> [Unicode.Scalar] { Array(x.unicodeScalars) }

    /// Every occurrence of every pattern, sorted like `matches(in:)` sorts overlapping matches.
    private func naiveOverlapping(_ text: [Unicode.Scalar], _ patterns: [[Unicode.Scalar]]) -> [AhoCorasick.Match] {
        var out: [AhoCorasick.Match] = []
        for start in 0..<text.count {
            for (pi, p) in patterns.enumerated() where !p.isEmpty && start + p.count <= text.count {
                if Array(text[start..<(start + p.count)]) == p {
                    out.append(.init(pattern: pi, range: start..<(start + p.count)))
                }
            }
        }
        return out.sorted { ($0.range.lowerBound, $0.range.upperBound, $0.pattern) < ($1.range.lowerBound, $1.range.upperBound, $1.pattern) }
    }

    /// At each position the longest pattern starting there (lowest index on ties); skip past it.
    private func naiveLeftmostLongest(_ text: [Unicode.Scalar], _ patterns: [[Unicode.Scalar]]) -> [AhoCorasick.Match] {
        var out: [AhoCorasick.Match] = []
        var i = 0
        while i < text.count {
            var best: (Int, Int)? = nil
            for (pi, p) in patterns.enumerated() where !p.isEmpty && i + p.count <= text.count {
                if Array(text[i..<(i + p.count)]) == p, best == nil || p.count > best!.1 { best = (pi, p.count) }
            }
            if let (pi, len) = best {
                out.append(.init(pattern: pi, range: i..<(i + len)))
                i += len
            } else {
                i += 1
            }
        }
        return out
    }

    func testRandomTextsAgreeWithNaiveOracleForBothMatchKinds() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = s("人民代表大会制度ab")
        for _ in 0..<300 {
            let patternCount = Int.random(in: 1...8, using: &rng)
            let patterns: [[Unicode.Scalar]] = (0..<patternCount).map { _ in
                (0..<Int.random(in: 0...5, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            }
            let text = (0..<Int.random(in: 0...60, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let ov = AhoCorasick(patterns: patterns, matchKind: .overlapping)
            XCTAssertEqual(ov.matches(in: text), naiveOverlapping(text, patterns), "patterns \(patterns) text \(text)")
            let ll = AhoCorasick(patterns: patterns, matchKind: .leftmostLongest)
            let expected = naiveLeftmostLongest(text, patterns)
            XCTAssertEqual(ll.matches(in: text), expected, "patterns \(patterns) text \(text)")
            for kind in [AhoCorasick.MatchKind.overlapping, .leftmostLongest] {
                let sparse = AhoCorasick(patterns: patterns, matchKind: kind, denseLimit: 0)
                XCTAssertFalse(sparse.isDense)
                XCTAssertEqual(sparse.matches(in: text), kind == .overlapping ? naiveOverlapping(text, patterns) : expected)
            }
            var counts = [Int](repeating: 0, count: patterns.count)
            for m in expected { counts[m.pattern] += 1 }
            XCTAssertEqual(ll.count(in: text), counts)
        }
    }

    func testNestedPhraseIsCountedOnceUnderLeftmostLongestAndTwiceOverlapping() {
        let patterns = [s("人民代表大会"), s("人民代表大会制度"), s("代表")]
        let text = s("坚持和完善人民代表大会制度,召开人民代表大会,联系代表")
        let ll = AhoCorasick(patterns: patterns, matchKind: .leftmostLongest)
        XCTAssertEqual(ll.count(in: text), [1, 1, 1])
        let ov = AhoCorasick(patterns: patterns, matchKind: .overlapping)
        XCTAssertEqual(ov.count(in: text), [2, 1, 3])
    }

    func testLeftmostWinsOverLongerLaterMatch() {
        let ac = AhoCorasick(patterns: [s("双联"), s("联系群众")], matchKind: .leftmostLongest)
        XCTAssertEqual(ac.matches(in: s("双联系群众")), [.init(pattern: 0, range: 0..<2)])
    }

    func testLongestAtSameStartWins() {
        let ac = AhoCorasick(patterns: [s("双联"), s("双联系")])
        XCTAssertEqual(ac.count(in: s("“双联系”和“双联”")), [1, 1])
    }

    func testAstralScalarsAndEmptyPatterns() {
        let ac = AhoCorasick(patterns: [[], s("𠀋a"), s("a")], matchKind: .overlapping)
        XCTAssertEqual(ac.count(in: s("x𠀋a")), [0, 1, 1])
        XCTAssertEqual(AhoCorasick(patterns: [], matchKind: .leftmostLongest).matches(in: s("abc")), [])
    }

    func testCommaFoldingLetsEitherCommaMatch() {
        let ac = AhoCorasick(phrases: ["发展全过程人民民主，保障人民当家作主", "民有所呼、我有所应"])
        let text = PhraseNormalizer.normalize("围绕“发展全过程人民民主,保障人民当家作主”谈,又见发展全过程人民\n民主，保障人民当家作主。民有所呼、我有所应")
        XCTAssertEqual(ac.count(in: text), [2, 1])
    }
}
