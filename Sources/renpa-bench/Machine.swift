import Foundation

/// What the bench ran on: cores, CPU model, memory (from /proc on Linux).
struct Machine {
    var cores: Int
    var cpuModel: String
    var memoryBytes: Int
    var kernel: String

    static func current() -> Machine {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let kib = meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }
            .flatMap { $0.split(whereSeparator: { $0 == " " }).dropFirst().first }
            .flatMap { Int($0) } ?? 0
        let kernel = ((try? String(contentsOfFile: "/proc/sys/kernel/osrelease", encoding: .utf8)) ?? "?")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return Machine(cores: ProcessInfo.processInfo.activeProcessorCount, cpuModel: model,
                       memoryBytes: kib * 1024, kernel: kernel)
    }

    var summary: String {
        "\(cores) cores (nproc), \(cpuModel), \(ByteSize.format(memoryBytes)) RAM, Linux \(kernel)"
    }
}

/// A 64-bit FNV-1a digest of a file, read in 1 MiB chunks, plus its length — enough to tell
/// whether two outputs are byte-identical (the bench compares lengths and digests).
struct FileDigest: Equatable, CustomStringConvertible {
    var length: Int
    var hash: UInt64

    init?(path: String) {
        guard let h = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? h.close() }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var length = 0
        while let chunk = try? h.read(upToCount: 1 << 20), !chunk.isEmpty {
            length += chunk.count
            chunk.withUnsafeBytes { raw in
                for b in raw { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            }
        }
        self.length = length
        self.hash = hash
    }

    var description: String { String(format: "%016llx", hash) + "/\(length)" }
}

/// The `*.txt` files under a folder (hidden entries skipped, like renpa): count and bytes.
struct InputSize {
    var files = 0
    var bytes = 0

    init() {}

    init(folder: String) {
        guard let e = FileManager.default.enumerator(at: URL(fileURLWithPath: folder),
                                                     includingPropertiesForKeys: [.fileSizeKey, .isRegularFileKey],
                                                     options: [.skipsHiddenFiles]) else { return }
        for case let url as URL in e where url.pathExtension == "txt" {
            guard let v = try? url.resourceValues(forKeys: [.fileSizeKey, .isRegularFileKey]), v.isRegularFile == true else { continue }
            files += 1
            bytes += v.fileSize ?? 0
        }
    }
}
