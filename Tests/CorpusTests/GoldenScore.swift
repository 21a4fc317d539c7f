import Corpus
import Foundation

/// The section metrics of score.py, computed in Swift on documents and answer keys, so the
/// project's own tests check the same figures without Python or ../shared.
struct GoldenScore {
    var bylined = 0, bylineOK = 0, predBylined = 0, predBylineOK = 0
    var titled = 0, titleOK = 0, officed = 0, officeOK = 0
    var chars = 0, charsOK = 0, lost = 0
    var regionExact = 0, regionConsistent = 0, sections = 0

    var bylineRecall: Double { ratio(bylineOK, bylined) }
    var bylinePrecision: Double { ratio(predBylineOK, predBylined) }
    var title: Double { ratio(titleOK, titled) }
    var office: Double { ratio(officeOK, officed) }
    var attribution: Double { ratio(charsOK, chars) }
    var regionExactShare: Double { ratio(regionExact, sections) }
    var regionConsistentShare: Double { ratio(regionConsistent, sections) }
    func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

    static func + (l: GoldenScore, r: GoldenScore) -> GoldenScore {
        var s = l
        s.bylined += r.bylined; s.bylineOK += r.bylineOK; s.predBylined += r.predBylined; s.predBylineOK += r.predBylineOK
        s.titled += r.titled; s.titleOK += r.titleOK; s.officed += r.officed; s.officeOK += r.officeOK
        s.chars += r.chars; s.charsOK += r.charsOK; s.lost += r.lost
        s.regionExact += r.regionExact; s.regionConsistent += r.regionConsistent; s.sections += r.sections
        return s
    }

    /// Letters and digits only, width folded (score.py's `norm`).
    static func norm(_ s: String?) -> String? {
        guard let s else { return nil }
        var v = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            let f = ScalarClass.fold(c)
            if f.properties.isAlphabetic || f.properties.numericType != nil { v.append(f) }
        }
        return String(v)
    }

    static func officeNorm(_ s: String?) -> String? {
        guard var n = norm(s) else { return nil }
        if let r = n.range(of: "人大") { n = String(n[r.lowerBound...]) }
        return n
    }

    static func score(_ doc: Document) -> GoldenScore {
        let key = Fixtures.goldenKey(for: doc)
        let gold = key["sections"] as! [[String: Any]]
        let pred = doc.sections
        var match = [String: Int]()
        var taken = Set<Int>()
        for g in gold {
            guard let bl = g["byline_line"] as? Int else { continue }
            if let i = pred.indices.first(where: { !taken.contains($0) && pred[$0].byline?.line == bl }) {
                match[g["id"] as! String] = i; taken.insert(i)
            }
        }
        for g in gold where match[g["id"] as! String] == nil {
            let authors = (g["authors"] as! [String]).sorted()
            guard !authors.isEmpty else { continue }
            if let i = pred.indices.first(where: { !taken.contains($0) && pred[$0].authors.sorted() == authors }) {
                match[g["id"] as! String] = i; taken.insert(i)
            }
        }
        for g in gold where match[g["id"] as! String] == nil {
            let gl = Set(g["lines"] as! [Int])
            var best = 0, bestI: Int? = nil
            for i in pred.indices where !taken.contains(i) {
                let n = gl.intersection(pred[i].bodyLines).count
                if n > best { best = n; bestI = i }
            }
            if let b = bestI { match[g["id"] as! String] = b; taken.insert(b) }
        }
        var inv = [Int: String]()
        for (k, v) in match { inv[v] = k }
        var s = GoldenScore()
        s.sections = gold.count
        for g in gold {
            let p = match[g["id"] as! String].map { pred[$0] }
            let authors = (g["authors"] as! [String]).sorted()
            if !authors.isEmpty {
                s.bylined += 1
                if p?.authors.sorted() == authors { s.bylineOK += 1 }
            }
            if let t = g["title"] as? String {
                s.titled += 1
                if norm(p?.title) == norm(t) { s.titleOK += 1 }
            }
            if let o = g["office"] as? String {
                s.officed += 1
                if officeNorm(p?.office) == officeNorm(o) { s.officeOK += 1 }
            }
            var want = [regionTuple(g["region"])]
            for r in (g["accept_regions"] as? [Any]) ?? [] { want.append(regionTuple(r)) }
            let got = p.map { [$0.region?.province, $0.region?.prefecture, $0.region?.county] } ?? [nil, nil, nil]
            if want.contains(where: { $0 == got }) { s.regionExact += 1 }
            if got.contains(where: { $0 != nil }) && want.contains(where: { w in (0..<3).allSatisfy { got[$0] == nil || got[$0] == w[$0] } }) {
                s.regionConsistent += 1
            }
        }
        for (i, p) in pred.enumerated() where !p.authors.isEmpty {
            s.predBylined += 1
            if let gid = inv[i], let g = gold.first(where: { $0["id"] as! String == gid }),
               (g["authors"] as! [String]).sorted() == p.authors.sorted() { s.predBylineOK += 1 }
        }
        var owner = [Int: Int]()
        for (i, p) in pred.enumerated() {
            for l in p.bodyLines where owner[l] == nil { owner[l] = i }
        }
        let accept = (key["accept"] as? [String: [Any]]) ?? [:]
        for g in gold {
            for l in g["lines"] as! [Int] {
                let got = owner[l].flatMap { inv[$0] }
                let acc = accept[String(l)] ?? []
                let ok = got == (g["id"] as! String) || acc.contains { ($0 as? String) == got && got != nil }
                    || (owner[l] == nil && acc.contains { $0 is NSNull })
                let w = max(1, (norm(doc.source.line(l)) ?? "").unicodeScalars.count)
                s.chars += w
                if ok { s.charsOK += w }
                if owner[l] == nil { s.lost += 1 }
            }
        }
        return s
    }

    static func regionTuple(_ r: Any?) -> [String?] {
        guard let d = r as? [String: Any] else { return [nil, nil, nil] }
        return [d["province"] as? String, d["prefecture"] as? String, d["county"] as? String]
    }
}
