import Corpus
import Foundation
import XCTest
@testable import Analysis

/// The corpus sketch cache must never change a finding: cold, warm, after a corpus file changes or
/// disappears, and when the cache file is corrupt or from another build.
final class CorpusSketchCacheTests: XCTestCase {
    static let other = "市人大常委会把代表建议办理作为联系群众的重要途径，实行重点建议由主任会议成员领衔督办制度，建立办理情况台账，定期通报办理进度，推动一批事关民生的建议落地见效。"

    var root = ""

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "renpa-cache-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/corpus", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/drop", withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: root) }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: root + "/" + name, atomically: true, encoding: .utf8)
    }

    func inputs(_ folder: String) throws -> [InputLocation] {
        try DropReader(glob: "*.txt").expand([root + "/" + folder])
    }

    /// A corpus of reprints, near copies, unrelated text, a binary file and an empty one, and a drop
    /// that copies some of it.
    func makeFiles() throws {
        let text = CheckDuplicateTests.text
        try write("corpus/old.txt", CheckDuplicateTests.article("依法履职显担当", "王芳", text))
        try write("corpus/near.txt", CheckDuplicateTests.article("监督见实效", "李明", text.replacingOccurrences(of: "生态环境保护", with: "大气污染防治")))
        try write("corpus/other.txt", CheckDuplicateTests.article("代表建议", "赵刚", Self.other))
        try write("corpus/both.txt", CheckDuplicateTests.article("一", "王芳", text) + CheckDuplicateTests.article("二", "赵刚", Self.other))
        try Data([0x41, 0, 0, 0x42]).write(to: URL(fileURLWithPath: root + "/corpus/binary.txt"))
        try write("corpus/empty.txt", "")
        try write("drop/reprint.txt", CheckDuplicateTests.article("转载", "孙丽", text))
        try write("drop/new.txt", CheckDuplicateTests.article("新稿", "孙丽", Self.other.replacingOccurrences(of: "定期通报", with: "按月通报")))
    }

    struct Outcome: Equatable {
        var diagnostics: [Diagnostic]
        var corpusFiles: Int
        var unreadable: Int
    }

    func outcome(_ r: CheckReport) -> Outcome { Outcome(diagnostics: r.diagnostics, corpusFiles: r.corpusFiles, unreadable: r.corpusUnreadable) }

    func run(cache: CorpusSketchCache?, jobs: Int = 2) throws -> CheckReport {
        Checker(options: CheckOptions(jobs: jobs)).run(drop: try inputs("drop"), corpus: try inputs("corpus"), cache: cache)
    }

    func testColdWarmAndChangedCorpusGiveTheFindingsOfAnUncachedCheck() throws {
        try makeFiles()
        let path = root + "/sketches"
        let plain = outcome(try run(cache: nil))
        XCTAssertFalse(plain.diagnostics.filter { $0.rule.hasPrefix("duplicate/") }.isEmpty, "the fixture has reprints")
        XCTAssertEqual(plain.unreadable, 2)

        let cold = try run(cache: CorpusSketchCache(path: path, fingerprint: "test"))
        XCTAssertEqual(outcome(cold), plain)
        XCTAssertEqual(cold.cacheAdded, 6)
        XCTAssertEqual(cold.cacheReused, 0)
        XCTAssertTrue(cold.cacheWritten)
        XCTAssertNil(cold.cacheError)

        let cache = CorpusSketchCache(path: path, fingerprint: "test")
        XCTAssertNil(cache.discarded)
        XCTAssertEqual(cache.count, 6)
        let warm = try run(cache: cache, jobs: 1)
        XCTAssertEqual(outcome(warm), plain)
        XCTAssertEqual(warm.cacheReused, 6)
        XCTAssertEqual(warm.cacheAdded, 0)
        XCTAssertFalse(warm.cacheWritten, "an unchanged corpus leaves the cache as it is")

        // A changed file is another key: read again, the old record dropped.
        try write("corpus/other.txt", CheckDuplicateTests.article("新稿", "孙丽", Self.other.replacingOccurrences(of: "定期通报", with: "按月通报")))
        let changed = try run(cache: CorpusSketchCache(path: path, fingerprint: "test"))
        XCTAssertEqual(outcome(changed), outcome(try run(cache: nil)))
        XCTAssertNotEqual(outcome(changed), plain, "the changed corpus file now holds an exact copy")
        XCTAssertEqual(changed.cacheAdded, 1)
        XCTAssertEqual(changed.cacheReused, 5)
        XCTAssertTrue(changed.cacheWritten)
        XCTAssertEqual(CorpusSketchCache(path: path, fingerprint: "test").count, 6)

        // A drop with nothing long enough to compare reads no corpus and leaves the cache alone.
        try write("short.txt", "短讯\n\n本报记者 孙丽\n\n人大代表履职。\n")
        let short = Checker().run(drop: [.file(root + "/short.txt")], corpus: try inputs("corpus"),
                                  cache: CorpusSketchCache(path: path, fingerprint: "test"))
        XCTAssertEqual(short.corpusFiles, 0)
        XCTAssertFalse(short.cacheWritten)
        XCTAssertEqual(CorpusSketchCache(path: path, fingerprint: "test").count, 6)

        // A removed file's record goes too.
        try FileManager.default.removeItem(atPath: root + "/corpus/near.txt")
        let removed = try run(cache: CorpusSketchCache(path: path, fingerprint: "test"))
        XCTAssertEqual(outcome(removed), outcome(try run(cache: nil)))
        XCTAssertEqual(removed.cacheAdded, 0)
        XCTAssertTrue(removed.cacheWritten)
        XCTAssertEqual(CorpusSketchCache(path: path, fingerprint: "test").count, 5)
    }

    func testUnusableCacheFilesAreRebuiltNotTrusted() throws {
        try makeFiles()
        let path = root + "/sketches"
        let plain = outcome(try run(cache: nil))
        _ = try run(cache: CorpusSketchCache(path: path, fingerprint: "test"))
        let good = try Data(contentsOf: URL(fileURLWithPath: path))

        XCTAssertEqual(CorpusSketchCache(path: path, fingerprint: "another build").discarded, "made by another renpa build")
        var cases: [(String, Data)] = [("garbage", Data("not a cache at all, but long enough to look at".utf8)),
                                       ("truncated", good.prefix(good.count - 5)),
                                       ("empty", Data())]
        // A flipped byte inside a record may still decode (to other shingles): each record carries
        // its own checksum.
        var flipped = good
        flipped[40] ^= 0xFF
        cases.append(("flipped", flipped))
        for (name, data) in cases {
            try data.write(to: URL(fileURLWithPath: path))
            let cache = CorpusSketchCache(path: path, fingerprint: "test")
            if name != "flipped" { XCTAssertNotNil(cache.discarded, name) }
            let r = try run(cache: cache)
            XCTAssertEqual(outcome(r), plain, name)
            XCTAssertNil(r.cacheError, name)
            if name == "flipped" { XCTAssertEqual(r.cacheAdded, 1, "the damaged record is read again") }
            XCTAssertEqual(CorpusSketchCache(path: path, fingerprint: "test").count, 6, name)
        }
    }

    func testRecordsRoundTripAndRejectEveryTruncation() throws {
        // Three sections, the first text twice (repeated raw shingles).
        let text = CheckDuplicateTests.article("一", "王芳", CheckDuplicateTests.text) + CheckDuplicateTests.article("二", "赵刚", Self.other)
            + CheckDuplicateTests.article("三", "李明", CheckDuplicateTests.text)
        let src = try SourceText(path: "three.txt", bytes: Array(text.utf8))
        var file = CorpusFileSketch(source: src)
        file.readSections(src, reader: DocumentReader())
        XCTAssertEqual(file.sections?.map(\.summary.title), ["一", "二", "三"])
        let bytes = file.encoded()
        var canonical = file
        canonical.rawShingles.sort()
        XCTAssertEqual(CorpusFileSketch(decoding: bytes), canonical, "raw shingles come back sorted, repeats kept")
        XCTAssertGreaterThan(file.rawShingles.count, Set(file.rawShingles).count, "the fixture repeats shingles")
        XCTAssertLessThan(bytes.count, (file.rawShingles.count + file.sections!.reduce(0) { $0 + $1.sketch.shingles.count }) * 8,
                          "section shingles are stored as positions in the raw set")
        for n in 0..<bytes.count { XCTAssertNil(CorpusFileSketch(decoding: Array(bytes.prefix(n))), "prefix \(n)") }
        XCTAssertNil(CorpusFileSketch(decoding: bytes + [0]), "trailing bytes")
        XCTAssertEqual(CorpusFileSketch(decoding: CorpusFileSketch.unreadable.encoded()), .unreadable)
    }

    func testLargeFilesStoreWidePositions() throws {
        // More distinct raw shingles than 16-bit positions can address.
        var rng = SystemRandomNumberGenerator()
        let raw = (0..<70_000).map { _ in UInt64.random(in: 0...UInt64.max, using: &rng) }
        let inRaw = Array(Set(raw.suffix(1_000))).sorted()
        let section = SectionSketch(exact: SectionSketch.Exact(a: 1, b: 2), shingles: CorpusFileSketch.merge(inRaw, [3, 5]).sorted(), length: 5_000)
        let file = CorpusFileSketch(readable: true, rawShingles: raw + raw.prefix(10),
                                    sections: [.init(sketch: section, summary: SectionSummary(number: 1, title: nil, line: 1, column: 1, authors: []))])
        var canonical = file
        canonical.rawShingles.sort()
        XCTAssertEqual(CorpusFileSketch(decoding: file.encoded()), canonical)
    }

    func testContentKeysTellFilesApart() {
        let a = StableHash.content(Array("人大代表履职尽责".utf8))
        XCTAssertEqual(a, StableHash.content(Array("人大代表履职尽责".utf8)))
        XCTAssertNotEqual(a, StableHash.content(Array("人大代表履职尽职".utf8)))
        XCTAssertNotEqual(StableHash.content([0]), StableHash.content([0, 0]), "length counts")
        XCTAssertNotEqual(StableHash.content([]), StableHash.content([0]))
        // Fixed across processes and machines (the cache outlives the run that wrote it).
        XCTAssertEqual(StableHash.hex(StableHash.content(Array("renpa".utf8)).a), StableHash.hex(StableHash.content(Array("renpa".utf8)).a))
    }
}
