import Foundation
import Analysis
import XCTest
@testable import RenpaCLI

/// `renpa check` end to end, in-process, on a drop written by `CheckDropFixture`.
final class CheckCommandTests: XCTestCase {
    var fixture: CheckDropFixture!

    override func setUpWithError() throws { fixture = try CheckDropFixture.make() }
    override func tearDown() { fixture?.remove() }

    /// Runs `renpa check ARGS`, with the fixture's folder left out of paths in the output.
    func check(_ args: [String], environment: [String: String] = [:]) -> (status: Int32, out: String, err: String) {
        let r = RenpaCLI.capture(["check"] + args, environment: environment)
        let root = fixture.root + "/"
        let out = r.out.replacingOccurrences(of: "file://" + root, with: "").replacingOccurrences(of: root, with: "")
        return (r.status, out, r.err.replacingOccurrences(of: root, with: ""))
    }

    var standardRun: [String] { [fixture.drop, "--corpus", fixture.corpus] }

    static let expectedText = """
    new/authors.txt:3:6: warning: author '欧阳张三李四' of section 1 "代表之家建设见成效" has 6 Han characters and no separating dot (two names run together?); check the byline [structure/implausible-author]
    new/binary.txt:2:1: error: binary data at byte 9 (0x00): this is not a text file; extract the page's text or remove the file from the drop [input/binary]
    new/empty.txt:1:1: error: empty file: no text to read; the extraction failed or the page is blank — re-extract it or remove the file [input/empty]
    new/gbk.txt:1:1: error: mojibake 'ÈË´ó´ú±íÂÄÖ°…' is GBK text read as Latin-1 (it reads '人大代表履职尽责'; 4 places); re-export the file as UTF-8 from the original GBK text [input/mojibake]
    new/near.txt:1:1: warning: section 1 "坚持人民至上 做好新时代代表工作" shares 94% of its text with new/clean.txt:1 (section 1 "坚持人民至上 做好新时代代表工作", drop); a reprint would be counted twice [duplicate/near]
    new/nobyline.txt:1:1: error: no byline found in 3 lines: no text in this file can be attributed to an author or place; check that the byline survived extraction (e.g. '本报记者 张三', '■ 白云萍（江苏）') [structure/no-byline]
    new/reprint.txt:1:1: warning: section 1 "依法履职显担当 监督工作见实效" is a copy of corpus/old.txt:1 (section 1 "依法履职显担当 监督工作见实效", corpus): the same text after normalisation; a reprint would be counted twice [duplicate/exact]
    new/undecodable.txt:2:4: error: cannot decode the file: invalid UTF-8 at byte 22 (0xFF) and not GB18030 either; re-export it as UTF-8 [input/undecodable]
    new/unsigned.txt:1:1: warning: section 1 "特别策划" has no byline: its text is counted without an author; add the byline as printed (unsigned pieces such as 前言 or 编者按 are not reported) [structure/no-author]
    10 files, 8 sections: 5 errors, 4 warnings, 0 notes

    """

    func testTextFormatListsEveryFindingInFileOrderAndFailsOnErrors() {
        let r = check(standardRun)
        XCTAssertEqual(r.out, Self.expectedText)
        XCTAssertEqual(r.err, "")
        XCTAssertEqual(r.status, 1)
    }

    func testGitHubFormatPrintsEscapedWorkflowCommands() {
        let r = check(standardRun + ["--format", "github"])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.out, """
        ::warning file=new/authors.txt,line=3,col=6,title=structure/implausible-author::author '欧阳张三李四' of section 1 "代表之家建设见成效" has 6 Han characters and no separating dot (two names run together?); check the byline
        ::error file=new/binary.txt,line=2,col=1,title=input/binary::binary data at byte 9 (0x00): this is not a text file; extract the page's text or remove the file from the drop
        ::error file=new/empty.txt,line=1,col=1,title=input/empty::empty file: no text to read; the extraction failed or the page is blank — re-extract it or remove the file
        ::error file=new/gbk.txt,line=1,col=1,title=input/mojibake::mojibake 'ÈË´ó´ú±íÂÄÖ°…' is GBK text read as Latin-1 (it reads '人大代表履职尽责'; 4 places); re-export the file as UTF-8 from the original GBK text
        ::warning file=new/near.txt,line=1,col=1,title=duplicate/near::section 1 "坚持人民至上 做好新时代代表工作" shares 94%25 of its text with new/clean.txt:1 (section 1 "坚持人民至上 做好新时代代表工作", drop); a reprint would be counted twice
        ::error file=new/nobyline.txt,line=1,col=1,title=structure/no-byline::no byline found in 3 lines: no text in this file can be attributed to an author or place; check that the byline survived extraction (e.g. '本报记者 张三', '■ 白云萍（江苏）')
        ::warning file=new/reprint.txt,line=1,col=1,title=duplicate/exact::section 1 "依法履职显担当 监督工作见实效" is a copy of corpus/old.txt:1 (section 1 "依法履职显担当 监督工作见实效", corpus): the same text after normalisation; a reprint would be counted twice
        ::error file=new/undecodable.txt,line=2,col=4,title=input/undecodable::cannot decode the file: invalid UTF-8 at byte 22 (0xFF) and not GB18030 either; re-export it as UTF-8
        ::warning file=new/unsigned.txt,line=1,col=1,title=structure/no-author::section 1 "特别策划" has no byline: its text is counted without an author; add the byline as printed (unsigned pieces such as 前言 or 编者按 are not reported)
        10 files, 8 sections: 5 errors, 4 warnings, 0 notes

        """)
    }

    func testGitHubFormatShowsTenOfASeverityThenOneSummaryCommand() throws {
        let many = fixture.root + "/many"
        try FileManager.default.createDirectory(atPath: many, withIntermediateDirectories: true)
        for i in 0..<12 { _ = FileManager.default.createFile(atPath: many + "/e\(i < 10 ? "0" : "")\(i).txt", contents: Data()) }
        let r = check([many, "--format", "github"])
        XCTAssertEqual(r.status, 1)
        let lines = r.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 12)
        XCTAssertEqual(lines[0], "::error file=many/e00.txt,line=1,col=1,title=input/empty::empty file: no text to read; the extraction failed or the page is blank — re-extract it or remove the file")
        XCTAssertEqual(lines.filter { $0.hasPrefix("::error file=") }.count, 10)
        XCTAssertEqual(lines[10], "::error title=renpa check::2 more errors not shown; run renpa check locally for the full list")
        XCTAssertEqual(lines[11], "12 files, 0 sections: 12 errors, 0 warnings, 0 notes")
    }

    func testGitHubEscapesMessagesAndProperties() {
        XCTAssertEqual(CheckGitHubPrinter.data("50% done\r\nnext: a,b"), "50%25 done%0D%0Anext: a,b")
        XCTAssertEqual(CheckGitHubPrinter.property("new/a:b,c%\n.txt"), "new/a%3Ab%2Cc%25%0A.txt")
    }

    func testJSONFormatHasCountsAndEveryFinding() throws {
        let r = check(standardRun + ["--format", "json"])
        XCTAssertEqual(r.status, 1)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        XCTAssertEqual(root["files"] as? Int, 10)
        XCTAssertEqual(root["sections"] as? Int, 8)
        XCTAssertEqual(root["errors"] as? Int, 5)
        XCTAssertEqual(root["warnings"] as? Int, 4)
        XCTAssertEqual(root["notes"] as? Int, 0)
        XCTAssertEqual(root["suppressed"] as? Int, 0)
        let diags = try XCTUnwrap(root["diagnostics"] as? [[String: Any]])
        let summary = diags.map { "\($0["path"]!):\($0["line"]!):\($0["column"]!) \($0["severity"]!) \($0["rule"]!)" }
        XCTAssertEqual(summary, [
            "new/authors.txt:3:6 warning structure/implausible-author",
            "new/binary.txt:2:1 error input/binary",
            "new/empty.txt:1:1 error input/empty",
            "new/gbk.txt:1:1 error input/mojibake",
            "new/near.txt:1:1 warning duplicate/near",
            "new/nobyline.txt:1:1 error structure/no-byline",
            "new/reprint.txt:1:1 warning duplicate/exact",
            "new/undecodable.txt:2:4 error input/undecodable",
            "new/unsigned.txt:1:1 warning structure/no-author",
        ])
        let textMessages = Self.expectedText.split(separator: "\n").dropLast().map { line -> String in
            let afterSeverity = line.components(separatedBy: ": ").dropFirst(2).joined(separator: ": ")
            return String(afterSeverity[..<afterSeverity.range(of: " [", options: .backwards)!.lowerBound])
        }
        XCTAssertEqual(diags.map { $0["message"] as? String ?? "" }, textMessages)
        for d in diags { XCTAssertEqual((d["fingerprint"] as? String)?.count, 16) }
    }

    func testSarifFormatHasTheFieldsCodeScanningNeeds() throws {
        let r = check(standardRun + ["--format", "sarif"])
        XCTAssertEqual(r.status, 1)
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
        XCTAssertEqual(root["version"] as? String, "2.1.0")
        XCTAssertTrue((root["$schema"] as? String ?? "").hasSuffix("sarif-2.1.0.json"))
        let runs = try XCTUnwrap(root["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 1)
        let run = runs[0]
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "renpa")
        XCTAssertEqual(driver["version"] as? String, RenpaCLI.version)
        XCTAssertNil(driver["informationUri"], "optional in SARIF 2.1.0; renpa has no public URL to give")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        var levels = [String: String]()
        for rule in rules {
            let id = try XCTUnwrap(rule["id"] as? String)
            XCTAssertFalse(((rule["shortDescription"] as? [String: Any])?["text"] as? String ?? "").isEmpty, id)
            levels[id] = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String
        }
        XCTAssertEqual(levels["input/mojibake"], "error")
        XCTAssertEqual(levels["duplicate/near"], "warning")
        XCTAssertEqual(levels["structure/unresolved-cut"], "note")
        XCTAssertEqual(levels["place/corrected"], "warning")
        let results = try XCTUnwrap(run["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 9)
        var seen = [String]()
        for res in results {
            let ruleId = try XCTUnwrap(res["ruleId"] as? String)
            XCTAssertNotNil(levels[ruleId], "result for an unlisted rule \(ruleId)")
            XCTAssertNotNil(res["level"] as? String)
            XCTAssertFalse(((res["message"] as? [String: Any])?["text"] as? String ?? "").isEmpty)
            let loc = try XCTUnwrap((res["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let uri = try XCTUnwrap((loc["artifactLocation"] as? [String: Any])?["uri"] as? String)
            let region = try XCTUnwrap(loc["region"] as? [String: Any])
            seen.append("\(uri):\(region["startLine"] as? Int ?? 0):\(region["startColumn"] as? Int ?? 0) \(ruleId)")
            let fp = try XCTUnwrap((res["partialFingerprints"] as? [String: Any])?["renpa/v1"] as? String)
            XCTAssertEqual(fp.count, 16)
        }
        XCTAssertEqual(seen[0], "new/authors.txt:3:6 structure/implausible-author")
        XCTAssertEqual(seen[3], "new/gbk.txt:1:1 input/mojibake")
        XCTAssertEqual(results[4]["level"] as? String, "warning")
    }

    func testSarifURIsArePercentEncoded() {
        XCTAssertEqual(CheckSarifPrinter.uri("./new/第 1 版.txt"), "new/%E7%AC%AC%201%20%E7%89%88.txt")
        XCTAssertEqual(CheckSarifPrinter.uri("/tmp/a b.txt"), "file:///tmp/a%20b.txt")
    }

    func testACleanDropPassesQuietly() throws {
        fixture.remove()
        fixture = try CheckDropFixture.make(clean: true)
        for format in ["text", "github"] {
            let r = check(standardRun + ["--format", format])
            XCTAssertEqual(r.out, "1 file, 2 sections: 0 errors, 0 warnings, 0 notes\n")
            XCTAssertEqual(r.err, "")
            XCTAssertEqual(r.status, 0)
        }
    }

    func testWarningsFailTheRunOnlyUnderStrict() {
        let reprint = fixture.drop + "/reprint.txt"
        let relaxed = check([reprint, "--corpus", fixture.corpus])
        XCTAssertEqual(relaxed.status, 0)
        XCTAssertTrue(relaxed.out.contains(": warning: section 1"), relaxed.out)
        let strict = check([reprint, "--corpus", fixture.corpus, "--strict"])
        XCTAssertEqual(strict.status, 1)
        XCTAssertTrue(strict.out.hasPrefix("new/reprint.txt:1:1: error: section 1"), strict.out)
        XCTAssertTrue(strict.out.hasSuffix("1 file, 1 section: 1 error, 0 warnings, 0 notes\n"), strict.out)
        let other = check([fixture.drop + "/unsigned.txt", "--strict"])
        XCTAssertEqual(other.status, 1, "a warning fails the run under --strict")
    }

    func testUsageAndInputErrorsExitWithTwo() {
        XCTAssertEqual(check([]).status, 2)
        let missing = check([fixture.root + "/nowhere"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("nowhere: cannot open: no such file or folder"), missing.err)
        XCTAssertEqual(check([fixture.drop, "--format", "xml"]).status, 2)
        XCTAssertEqual(check([fixture.drop, "--corpus", fixture.root + "/nowhere"]).status, 2)
        let baseline = check([fixture.drop, "--baseline", fixture.root + "/missing.json"])
        XCTAssertEqual(baseline.status, 2)
        XCTAssertTrue(baseline.err.contains("cannot read baseline"), baseline.err)
        _ = FileManager.default.createFile(atPath: fixture.root + "/bad.json", contents: Data("[1,2]".utf8))
        XCTAssertEqual(check([fixture.drop, "--baseline", fixture.root + "/bad.json"]).status, 2)
    }

    func testCorpusCacheChangesNoFindingAndIsReusedOnTheNextRun() throws {
        let cache = fixture.root + "/cache/corpus.sketches"
        XCTAssertEqual(check([fixture.drop, "--corpus-cache", cache]).status, 2, "a cache needs a corpus")
        let plain = check(standardRun)
        let cold = check(standardRun + ["--corpus-cache", cache])
        XCTAssertEqual(cold.status, plain.status)
        XCTAssertEqual(cold.out, plain.out)
        XCTAssertTrue(cold.err.contains("corpus cache cache/corpus.sketches: 0 files reused,"), cold.err)
        XCTAssertTrue(cold.err.contains("written"), cold.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache), "the cache's folder is created")
        let warm = check(standardRun + ["--corpus-cache", cache, "--format", "json"])
        XCTAssertEqual(warm.out, check(standardRun + ["--format", "json"]).out)
        XCTAssertFalse(warm.err.contains("corpus cache"), "nothing to say when the cache was used as it is: \(warm.err)")
        _ = FileManager.default.createFile(atPath: cache, contents: Data("garbage".utf8))
        let rebuilt = check(standardRun + ["--corpus-cache", cache])
        XCTAssertEqual(rebuilt.out, plain.out)
        XCTAssertTrue(rebuilt.err.contains("not used (not a renpa corpus cache"), rebuilt.err)
        // A cache that cannot be written: the findings stand, the exit status is the check's own.
        let unwritable = check(standardRun + ["--corpus-cache", cache + "/c"])
        XCTAssertEqual(unwritable.out, plain.out)
        XCTAssertEqual(unwritable.status, plain.status)
        XCTAssertTrue(unwritable.err.contains("cannot write corpus cache"), unwritable.err)
    }

    func testBaselineSuppressesKnownFindingsAndStillReportsNewOnes() throws {
        let file = fixture.root + "/baseline.json"
        let write = check(standardRun + ["--write-baseline", file])
        XCTAssertEqual(write.status, 0)
        XCTAssertEqual(write.out, "")
        XCTAssertEqual(write.err, "renpa check: wrote 9 findings to baseline.json\n")
        let adopted = check(standardRun + ["--baseline", file])
        XCTAssertEqual(adopted.status, 0)
        XCTAssertEqual(adopted.out, "10 files, 8 sections: 0 errors, 0 warnings, 0 notes, 9 suppressed by baseline\n")
        // Moving a finding to another line keeps its fingerprint.
        try ("\n\n" + CheckDropFixture.runTogetherAuthors).write(toFile: fixture.drop + "/authors.txt", atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: fixture.drop + "/empty2.txt", contents: Data())
        let later = check(standardRun + ["--baseline", file])
        XCTAssertEqual(later.status, 1)
        XCTAssertEqual(later.out, """
        new/empty2.txt:1:1: error: empty file: no text to read; the extraction failed or the page is blank — re-extract it or remove the file [input/empty]
        11 files, 8 sections: 1 error, 0 warnings, 0 notes, 9 suppressed by baseline

        """)
    }

    func testOutputIsTheSameWhateverTheNumberOfJobs() {
        for format in ["text", "sarif"] {
            let one = check(standardRun + ["--format", format, "--jobs", "1"])
            let four = check(standardRun + ["--format", format, "-j", "4"])
            XCTAssertEqual(one.out, four.out, format)
            XCTAssertEqual(one.status, four.status)
        }
    }

    func testColourOnlyWhenAskedFor() {
        XCTAssertFalse(check(standardRun).out.contains("\u{1B}["), "no colour when stdout is not a terminal")
        let d = Diagnostic(severity: .error, rule: "input/empty", path: "a.txt", message: "empty")
        let output = CheckOutput(diagnostics: [d], files: 1, sections: 0, suppressed: 0, rules: [])
        XCTAssertEqual(CheckTextPrinter.render(output, color: false), "a.txt:1:1: error: empty [input/empty]\n1 file, 0 sections: 1 error, 0 warnings, 0 notes\n")
        XCTAssertTrue(CheckTextPrinter.render(output, color: true).contains("\u{1B}[1;31merror:\u{1B}[0m"))
        XCTAssertFalse(Terminal(standardStreams: true, environment: ["NO_COLOR": "1"]).colorOut)
    }

    func testSeedsPassWithNoFindingsBeyondPlaceWarningsAndNotes() {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
        let r = RenpaCLI.capture(["check", seeds])
        XCTAssertEqual(r.status, 0, r.out + r.err)
        let findings = r.out.split(separator: "\n").dropLast()
        // Region notes (place/*) and reading-order notes arrive with the resolver and repair work.
        XCTAssertEqual(findings.filter { !$0.contains("[place/") && !$0.contains(": note: ") }, [],
                       "the seeds deserve no findings other than place warnings and notes")
        XCTAssertTrue(r.out.split(separator: "\n").last?.hasPrefix("5 files, ") ?? false, r.out)
        XCTAssertTrue(r.out.contains(": 0 errors, "), r.out)
    }

    func testHelpDescribesTheCommand() {
        let r = RenpaCLI.capture(["check", "--help"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.out.contains("--write-baseline FILE"), r.out)
        XCTAssertTrue(RenpaCLI.capture(["--help"]).out.contains("  check "))
    }
}
