import Foundation

/// Where one input comes from: a file path or standard input.
public enum InputLocation: Sendable, Hashable {
    case file(String)
    case standardInput

    /// The path as printed in reports (`-` for standard input).
    public var displayPath: String {
        switch self { case .file(let p): return p; case .standardInput: return "-" }
    }
}

/// Turns command-line arguments (files, folders, `-`) into a sorted, de-duplicated list of inputs.
///
/// Folders are searched recursively for names matching the glob (default `*.txt`); hidden files and
/// folders are skipped. Files named explicitly are always taken, whatever their name.
public struct DropReader: Sendable {
    /// The file-name pattern folders are searched with (`*` and `?` wildcards).
    public let glob: String

    public init(glob: String = "*.txt") { self.glob = glob }

    /// Expands arguments into inputs in a stable order.
    public func expand(_ arguments: [String]) throws -> [InputLocation] {
        var out = [InputLocation]()
        var seen = Set<String>()
        let fm = FileManager.default
        for arg in arguments {
            if arg == "-" { out.append(.standardInput); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: arg, isDirectory: &isDir) else {
                throw ReadError.cannotOpen(path: arg, reason: "no such file or folder")
            }
            if isDir.boolValue {
                var found = [String]()
                var visited = Set<String>()
                collect(folder: arg, into: &found, visited: &visited)
                for f in found.sorted() where seen.insert(f).inserted { out.append(.file(f)) }
            } else if seen.insert(arg).inserted {
                out.append(.file(arg))
            }
        }
        return out
    }

    /// Files under `folder`. Each real folder is searched once, so a symlink that points back up
    /// the tree (`sub/up -> ..`) neither loops nor reads the same files again.
    private func collect(folder: String, into found: inout [String], visited: inout Set<String>) {
        let fm = FileManager.default
        guard visited.insert(DropReader.realPath(folder)).inserted else { return }
        guard let names = try? fm.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            if isDir.boolValue { collect(folder: path, into: &found, visited: &visited) }
            else if DropReader.matches(name: name, glob: glob) { found.append(path) }
        }
    }

    /// The path with every symlink resolved (the path itself when that fails).
    static func realPath(_ path: String) -> String {
        guard let p = realpath(path, nil) else { return path }
        defer { free(p) }
        return String(cString: p)
    }

    /// Shell-style match of a file name against a glob with `*` and `?`.
    public static func matches(name: String, glob: String) -> Bool {
        let n = Array(name.unicodeScalars), g = Array(glob.unicodeScalars)
        var i = 0, j = 0, star = -1, mark = 0
        while i < n.count {
            if j < g.count && (g[j] == "?" || g[j] == n[i]) { i += 1; j += 1 }
            else if j < g.count && g[j] == "*" { star = j; mark = i; j += 1 }
            else if star >= 0 { j = star + 1; mark += 1; i = mark }
            else { return false }
        }
        while j < g.count && g[j] == "*" { j += 1 }
        return j == g.count
    }

    /// Reads the bytes of one input.
    public static func bytes(of input: InputLocation) throws -> [UInt8] {
        switch input {
        case .standardInput:
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        case .file(let path):
            return try readFile(path)
        }
    }

    /// The bytes of a file, read straight into the array (no `Data` copy), with the system's
    /// reason when it cannot be read (`Permission denied`, `Is a directory`).
    static func readFile(_ path: String) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ReadError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var st = stat()
        let expected = fstat(fd, &st) == 0 ? max(0, Int(st.st_size)) : 0
        // One byte more than the size, read into uninitialised storage (zeroing it first cost a
        // pass over every byte): a read that fills it means the file grew, so read on.
        var count = 0
        var failure: Int32 = 0
        var out = [UInt8](unsafeUninitializedCapacity: expected + 1) { buf, initialized in
            while count < buf.count {
                let n = read(fd, buf.baseAddress! + count, buf.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                count += n
            }
            initialized = count
        }
        if failure != 0 { throw ReadError.cannotOpen(path: path, reason: String(cString: strerror(failure))) }
        guard count == expected + 1 else { return out }
        while true {
            if count == out.count { out.append(contentsOf: repeatElement(0, count: max(4096, out.count))) }
            let n = out.withUnsafeMutableBytes { buf in read(fd, buf.baseAddress! + count, buf.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            count += n
        }
        out.removeLast(out.count - count)
        return out
    }
}
