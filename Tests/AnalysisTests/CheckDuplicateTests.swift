import Corpus
import Foundation
import XCTest
@testable import Analysis

final class CheckDuplicateTests: XCTestCase {
    static let text = "区人大常委会紧紧围绕区委中心工作，综合运用听取审议专项工作报告、执法检查、专题询问等方式，持续加强对法律法规实施情况的监督，推动区政府及其部门依法行政、改进工作。常委会坚持问题导向，对生态环境保护、义务教育均衡发展等重点领域开展跟踪监督，对发现的问题逐项列出清单，明确整改时限，确保监督工作取得实实在在的效果。"

    func sketch(_ s: String) -> SectionSketch { SectionSketch(normalised: Array(s.unicodeScalars)) }

    func testShinglesIgnorePunctuationSpacesAndLineBreaks() {
        let a = SectionSketch.sampledShingles(Array("人大代表，履职尽责。依法 监督\n工作".unicodeScalars))
        let b = SectionSketch.sampledShingles(Array("人大代表履职尽责依法监督工作".unicodeScalars))
        XCTAssertEqual(a.hashes, b.hashes)
        XCTAssertEqual(a.length, 14)
        XCTAssertEqual(SectionSketch.sampledShingles(Array("ＮＰＣ２０２３".unicodeScalars)).hashes,
                       SectionSketch.sampledShingles(Array("npc2023".unicodeScalars)).hashes, "width and case folded")
    }

    func testShingleHashesAreTheSameInEveryProcess() {
        // Fingerprints and baselines depend on it: Swift's Hasher would change from run to run.
        // FNV-1a 64 of "renpa", as computed by any other FNV implementation.
        XCTAssertEqual(StableHash.hex(StableHash.fnv1a("renpa")), "f98cebf345817ecd")
        XCTAssertEqual(StableHash.mix(0), 0xE220_A839_7B1D_CDAF, "SplitMix64's first output for seed 0")
    }

    func testIndexFindsANearCopyAndMeasuresTheOverlap() {
        var index = DuplicateIndex()
        index.insert(key: 7, sketch(Self.text))
        index.insert(key: 8, sketch("市人大常委会把代表建议办理作为联系群众的重要途径，实行重点建议由主任会议成员领衔督办制度，建立办理情况台账，定期通报办理进度，推动一批事关民生的建议落地见效。"))
        index.freeze()
        let edited = sketch(Self.text.replacingOccurrences(of: "生态环境保护", with: "大气污染防治"))
        let hits = index.hits(for: edited)
        XCTAssertEqual(hits.map(\.entry), [0])
        XCTAssertEqual(index.entries[hits[0].entry].key, 7)
        XCTAssertFalse(hits[0].exact)
        let share = Double(hits[0].shared) / Double(edited.shingles.count)
        XCTAssertGreaterThan(share, 0.9)
        XCTAssertLessThan(share, 1.0)
        XCTAssertEqual(index.hits(for: sketch(Self.text)).map(\.exact), [true])
        XCTAssertEqual(index.hits(for: sketch("全县人大代表积极履行职责，认真听取群众意见建议，推动解决了一批群众关心的热点难点问题。")), [])
    }

    func testCommonShinglesDoNotMakeEverySectionACandidate() {
        var index = DuplicateIndex()
        let boilerplate = "深入学习贯彻党的二十大精神"
        for i in 0..<100 {
            let unique = String((0..<40).map { k in Character(Unicode.Scalar(0x4E00 + UInt32(i * 40 + k))!) })
            index.insert(key: i, sketch(boilerplate + unique))
        }
        index.freeze()
        XCTAssertEqual(index.stopPostings, 64)
        XCTAssertEqual(index.hits(shingles: sketch(boilerplate).shingles, bothWays: false), [])
    }

    /// Writes files under a new temporary folder and returns their inputs.
    func files(_ contents: [String: String]) throws -> (root: String, inputs: [String: InputLocation]) {
        let root = NSTemporaryDirectory() + "renpa-dup-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        var out = [String: InputLocation]()
        for (name, text) in contents {
            try text.write(toFile: root + "/" + name, atomically: true, encoding: .utf8)
            out[name] = .file(root + "/" + name)
        }
        return (root, out)
    }

    static func article(_ title: String, _ author: String, _ body: String) -> String {
        "\(title)\n\n本报记者 \(author)\n\n\(body)\n\n"
    }

    func testCheckerFindsCopiesInTheCorpusAndWithinTheDropOnTheLaterFile() throws {
        let original = Self.article("依法履职显担当", "王芳", Self.text)
        let (root, f) = try files([
            "corpus.txt": original,
            "a.txt": Self.article("另一篇文章", "李明", "市人大常委会把代表建议办理作为联系群众的重要途径，实行重点建议由主任会议成员领衔督办制度，建立办理情况台账，定期通报办理进度，推动一批事关民生的建议落地见效。"),
            "b.txt": Self.article("转载", "赵刚", "市人大常委会把代表建议办理作为联系群众的重要途径，实行重点建议由主任会议成员领衔督办制度，建立办理情况台账，定期通报办理进度，推动一批事关民生的建议落地见效。"),
            "c.txt": Self.article("监督工作见实效", "王芳", Self.text.replacingOccurrences(of: "生态环境保护", with: "大气污染防治")),
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let report = Checker().run(drop: [f["a.txt"]!, f["b.txt"]!, f["c.txt"]!], corpus: [f["corpus.txt"]!, f["a.txt"]!])
        XCTAssertEqual(report.corpusFiles, 1, "a drop file given as corpus too is not compared with itself")
        let d = report.diagnostics.map { "\(($0.path as NSString).lastPathComponent):\($0.line) \($0.severity) \($0.rule)" }
        XCTAssertEqual(d, ["b.txt:1 warning duplicate/exact", "c.txt:1 warning duplicate/near"])
        XCTAssertTrue(report.diagnostics[0].message.contains("a.txt:1 (section 1 \"另一篇文章\", drop)"), report.diagnostics[0].message)
        XCTAssertTrue(report.diagnostics[1].message.contains("corpus.txt:1 (section 1 \"依法履职显担当\", corpus)"), report.diagnostics[1].message)

        let strict = Checker(options: CheckOptions(strict: true)).run(drop: [f["b.txt"]!, f["a.txt"]!], corpus: [])
        XCTAssertEqual(strict.diagnostics.map(\.severity), [.error], "duplicates are errors under --strict")
    }

    func testCheckerResultsDoNotDependOnTheNumberOfJobs() throws {
        var contents = [String: String]()
        for i in 0..<30 {
            let body = i % 3 == 0 ? Self.text : Self.text.replacingOccurrences(of: "专题询问", with: "第\(i)次询问")
            contents[String(format: "%02d.txt", i)] = Self.article("标题\(i)", "李明", body)
        }
        let (root, f) = try files(contents)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let inputs = f.keys.sorted().map { f[$0]! }
        let one = Checker(options: CheckOptions(jobs: 1)).run(drop: inputs)
        let three = Checker(options: CheckOptions(jobs: 3)).run(drop: inputs)
        XCTAssertEqual(one.diagnostics, three.diagnostics)
        XCTAssertEqual(one.diagnostics.count, 29, "every file but the first repeats an earlier one")
    }

    func testWithinDropLookupsInParallelChunksKeepEveryFinding() throws {
        // More sections than one chunk of lookups (256), copies spread across chunks.
        var contents = [String: String]()
        for i in 0..<600 {
            let variant = i % 150
            let body = Self.text.replacingOccurrences(of: "专题询问", with: "第\(variant)次询问")
            contents[String(format: "%03d.txt", i)] = Self.article("标题\(i)", "李明", body)
        }
        let (root, f) = try files(contents)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let inputs = f.keys.sorted().map { f[$0]! }
        let one = Checker(options: CheckOptions(jobs: 1)).run(drop: inputs)
        let four = Checker(options: CheckOptions(jobs: 4)).run(drop: inputs)
        XCTAssertEqual(one.diagnostics, four.diagnostics)
        let exact = one.diagnostics.filter { $0.rule == "duplicate/exact" }
        XCTAssertEqual(exact.count, 450, "each of the 150 texts is printed four times: three later copies each")
        let late = try XCTUnwrap(exact.first { $0.path.hasSuffix("/450.txt") })
        XCTAssertTrue(late.message.contains("/000.txt:"), "the best copy is the first print (by path): \(late.message)")
        XCTAssertTrue(late.message.contains("more copies found"), "near copies (another number) count too: \(late.message)")
    }

    func testShingleTableListsEveryEntryOfEveryShingleInEntryOrder() {
        // Sampled hashes (low bits clear) shared by several entries, across many table doublings.
        var rng = SplitMix(seed: 7)
        let pool = (0..<5_000).map { _ in rng.next() & ~UInt64(3) }
        let lists = (0..<400).map { _ in Array(Set((0..<Int(rng.next() % 60)).map { _ in pool[Int(rng.next() % 5_000)] })).sorted() }
        var expected = [UInt64: [Int]]()
        for (e, list) in lists.enumerated() { for h in list { expected[h, default: []].append(e) } }
        let table = ShingleTable(lists: lists)
        for (h, entries) in expected {
            guard let slot = table.find(h) else { return XCTFail("missing \(h)") }
            var got = [Int]()
            table.forEachEntry(of: slot) { got.append($0) }
            XCTAssertEqual(got, entries)
        }
        XCTAssertNil(table.find(pool.first { expected[$0] == nil } ?? 4))
    }

    func testFingerprintIgnoresDigitsAndALeadingDotSlash() {
        let a = Diagnostic(severity: .warning, rule: "duplicate/near", path: "./new/a.txt", line: 3, message: "section 2 shares 93% of its text with b.txt:12")
        let b = Diagnostic(severity: .warning, rule: "duplicate/near", path: "new/a.txt", line: 9, message: "section 3 shares 95% of its text with b.txt:40")
        XCTAssertEqual(a.fingerprint, b.fingerprint)
        XCTAssertNotEqual(a.fingerprint, Diagnostic(severity: .warning, rule: "duplicate/exact", path: "new/a.txt", message: a.message).fingerprint)
        XCTAssertNotEqual(a.fingerprint, Diagnostic(severity: .warning, rule: "duplicate/near", path: "new/c.txt", message: a.message).fingerprint)
    }

    func testBaselineSuppressesAsManyFindingsAsItLists() throws {
        let d = Diagnostic(severity: .error, rule: "input/empty", path: "a.txt", message: "empty")
        let baseline = Baseline([d])
        let (kept, suppressed) = baseline.filter([d, d])
        XCTAssertEqual(kept, [d])
        XCTAssertEqual(suppressed, 1)
        let json = Data("{\"version\":1,\"findings\":[{\"fingerprint\":\"\(d.fingerprint)\"}]}".utf8)
        XCTAssertEqual(try Baseline(json: json).filter([d]).suppressed, 1)
        XCTAssertThrowsError(try Baseline(json: Data("{\"version\":2,\"findings\":[]}".utf8)))
    }
}

