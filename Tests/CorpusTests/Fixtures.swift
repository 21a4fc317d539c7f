import XCTest
import Corpus
import Foundation

/// Paths of the project's test fixtures and seeds (never ../shared).
enum Fixtures {
    static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let golden = testsDir.appendingPathComponent("Fixtures/golden")
    static let seeds = testsDir.deletingLastPathComponent().appendingPathComponent("seeds")

    static var seedFiles: [URL] {
        ((try? FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }

    /// The seeds read the way the CLI reads them (with corpus n-gram statistics).
    static let seedDocuments: [Document] = {
        let sources = seedFiles.map { try! SourceText(path: "seeds/" + $0.lastPathComponent, bytes: [UInt8](try! Data(contentsOf: $0))) }
        let reader = DocumentReader(background: NGramIndex.sample(sources))
        return sources.map { reader.read($0) }
    }()

    static func goldenKey(for doc: Document) -> [String: Any] {
        let name = (doc.source.path as NSString).lastPathComponent.replacingOccurrences(of: ".txt", with: ".json")
        let data = try! Data(contentsOf: golden.appendingPathComponent(name))
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }

    /// Reads a document from text written in a test.
    /// A page of `Tests/Fixtures/guards/`, read as a document on its own.
    static func guardPage(_ name: String) -> Document {
        let url = testsDir.appendingPathComponent("Fixtures/guards/\(name).txt")
        return DocumentReader().read(try! SourceText(path: name, bytes: [UInt8](try! Data(contentsOf: url))))
    }

    static func document(_ text: String, path: String = "test.txt") -> Document {
        DocumentReader().read(try! SourceText(path: path, bytes: Array(text.utf8)))
    }

    /// A page of `Tests/Fixtures/guards/`, edited (a variant of the page), read as a document.
    static func guardPage(_ name: String, edited edit: (String) -> String) -> Document {
        let url = testsDir.appendingPathComponent("Fixtures/guards/\(name).txt")
        return document(edit(try! String(contentsOf: url, encoding: .utf8)))
    }
}

extension Document {
    /// The body lines of the section about `county` (empty when none is).
    func bodyLines(ofCounty county: String) -> [Int] {
        sections.first { $0.region?.county == county }?.bodyLines ?? []
    }

    /// Asserts that the section about `county` holds every line of `lines` and the section about
    /// `other` none of them.
    func assertLines(_ lines: ClosedRange<Int>, in county: String, notIn other: String,
                     file: StaticString = #filePath, line: UInt = #line) {
        let held = bodyLines(ofCounty: county), elsewhere = Set(bodyLines(ofCounty: other))
        for l in lines {
            XCTAssertTrue(held.contains(l), "line \(l) in \(held)", file: file, line: line)
            XCTAssertFalse(elsewhere.contains(l), "line \(l) with \(other)", file: file, line: line)
        }
    }
}
