import XCTest
@testable import Corpus

final class SwappedOpeningsTests: XCTestCase {
    private func text(_ name: String) -> String {
        try! String(contentsOf: Fixtures.testsDir.appendingPathComponent("Fixtures/guards/\(name).txt"), encoding: .utf8)
    }

    /// A spread whose first article's text opens the page above every header (`泸溪是…各级人`) and
    /// runs on under the second header (`大代表深入学习…`), while the second article's text opens under
    /// the first article's header (`凤凰是…`): each chain opens naming the other's place, so they
    /// change holders. The third article, in order, keeps its own.
    func testOpeningsDealtToEachOthersHeadersChangeHolders() {
        let doc = Fixtures.guardPage("s12_swapped_openings")
        XCTAssertEqual(doc.sections.map { $0.region?.county }, ["凤凰县", "泸溪县", "古丈县"])
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[15, 17], [3, 9], [23, 25]])
    }

    /// Only one of the two chains naming the other's place is no swap: each stays where the layout
    /// put it.
    func testOneSidedNamingSwapsNothing() {
        let doc = Fixtures.document(text("s12_swapped_openings").replacingOccurrences(of: "凤凰是国家历史文化名城", with: "这里是国家历史文化名城"))
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[3, 9], [15, 17], [23, 25]])
    }

    /// Nor when a chain names its holder's place further on (`…凤凰县各级人大代表…`): it is that
    /// article's text, whatever its first sentence names.
    func testAChainNamingItsHolderStays() {
        let doc = Fixtures.document(text("s12_swapped_openings").replacingOccurrences(of: "今年以来，全县各级人大代表", with: "今年以来，凤凰县各级人大代表"))
        XCTAssertEqual(doc.sections.map(\.bodyLines), [[3, 9], [15, 17], [23, 25]])
    }
}
