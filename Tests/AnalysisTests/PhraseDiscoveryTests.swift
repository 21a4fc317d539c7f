import XCTest
@testable import Analysis

final class PhraseDiscoveryTests: XCTestCase {
    /// Filler text from a fixed pseudo-random sequence of common characters, with a phrase planted
    /// among varied neighbours.
    private func corpus(planting phrase: String, times: Int) -> [[Unicode.Scalar]] {
        let pool = Array("山水田林湖草沙河海风云雨雪花木石金银铜铁春夏秋冬东西南北红黄蓝绿".unicodeScalars)
        var state: UInt64 = 42
        func next() -> Int { state = state &* 6364136223846793005 &+ 1442695040888963407; return Int(state >> 33) }
        var texts: [[Unicode.Scalar]] = []
        for k in 0..<times {
            var t: [Unicode.Scalar] = []
            for _ in 0..<(20 + next() % 20) { t.append(pool[next() % pool.count]) }
            if k % 3 == 0 { t.append(",") }
            t += phrase.unicodeScalars
            if k % 2 == 0 { t.append("。") }
            for _ in 0..<(20 + next() % 20) { t.append(pool[next() % pool.count]) }
            texts.append(t)
        }
        return texts
    }

    func testPlantedPhraseIsFoundAndItsFragmentsSuppressed() {
        var d = PhraseDiscovery()
        d.minLength = 3
        for t in corpus(planting: "党委书记", times: 12) { d.add(t) }
        let found = d.phrases().map(\.text)
        XCTAssertTrue(found.contains("党委书记"), "\(found)")
        XCTAssertFalse(found.contains("委书记"))
        XCTAssertFalse(found.contains("党委书"))
    }

    func testTextEdgesCountAsDistinctBoundaries() {
        // The phrase is always a whole text: every neighbour is an edge, which must not give entropy 0.
        var d = PhraseDiscovery()
        d.minCount = 3
        let filler = corpus(planting: "", times: 6)
        for k in 0..<6 { d.add(filler[k] + Array(",网上代表之家。".unicodeScalars) + filler[(k + 1) % 6]) }
        let p = d.phrases().first { $0.text == "网上代表之家" }
        XCTAssertNotNil(p)
        XCTAssertEqual(p?.leftEntropy ?? 0, log(6), accuracy: 1e-9)
    }

    func testMergeEqualsAddingEverything() {
        let texts = corpus(planting: "全过程人民民主", times: 10)
        var one = PhraseDiscovery()
        for t in texts { one.add(t) }
        var a = PhraseDiscovery(), b = PhraseDiscovery()
        for t in texts.prefix(4) { a.add(t) }
        for t in texts.dropFirst(4) { b.add(t) }
        a.merge(b)
        XCTAssertEqual(one.phrases(), a.phrases())
        XCTAssertTrue(one.phrases().contains { $0.text == "全过程人民民主" })
    }
}
