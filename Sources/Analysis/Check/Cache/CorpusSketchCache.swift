#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file that keeps the corpus side of `renpa check`: for each corpus file, keyed by its content
/// (`StableHash.content`), what the duplicate search needs of it (`CorpusFileSketch`). A later
/// check against an unchanged corpus reads and hashes each corpus file but never decodes it or
/// reads it into sections again; a changed, new or renamed file is simply another key.
///
/// The cache changes no result: a record is exactly what reading the file would give, and a file
/// made by another renpa build (`fingerprint`), truncated or corrupt is ignored and rebuilt.
///
/// Layout (integers little-endian): magic `RNPSKC01`, the fingerprint (u32 length + UTF-8), the
/// records back to back, then the table (u64 count; per record the key `a`, `b`, `size`, the
/// record's offset and length, and the record's own `StableHash.content` `a`, `b`, u64 each), the table's offset (u64) and the end magic `RNPSKEND`.
/// Opening reads only the table; records are read on demand with `pread`, from any thread.
public final class CorpusSketchCache: @unchecked Sendable {
    /// Where the cache lives.
    public let path: String
    /// Identifies the renpa build whose reading the records hold.
    public let fingerprint: String
    /// Why an existing file was not used (another build, corrupt, unreadable); nil otherwise.
    public let discarded: String?

    struct Slot: Sendable, Hashable {
        var offset: UInt64
        var length: UInt64
        /// `StableHash.content` of the record: a record damaged on disk is read again, not trusted.
        var check: ContentKey
    }

    private let fd: Int32
    private let table: [ContentKey: Slot]

    static let magic = Array("RNPSKC02".utf8)
    static let endMagic = Array("RNPSKEND".utf8)
    /// Largest record accepted (a corrupt length must not allocate gigabytes).
    static let recordLimit: UInt64 = 1 << 30
    /// Bytes per table row.
    static let rowSize = 56

    /// Opens the cache at `path` for a build identified by `fingerprint`. A missing file is an
    /// empty cache; an unusable one is an empty cache with `discarded` saying why.
    public init(path: String, fingerprint: String) {
        self.path = path
        self.fingerprint = fingerprint
        var table = [ContentKey: Slot]()
        var why: String? = nil
        let fd = open(path, O_RDONLY)
        if fd >= 0 {
            switch CorpusSketchCache.readTable(fd, fingerprint: fingerprint) {
            case .success(let t): table = t
            case .failure(let e): why = e.reason
            }
        } else if errno != ENOENT {
            why = "cannot open: \(String(cString: strerror(errno)))"
        }
        if why != nil || fd < 0 {
            if fd >= 0 { close(fd) }
            self.fd = -1
            self.table = [:]
        } else {
            self.fd = fd
            self.table = table
        }
        discarded = why
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Files the cache holds.
    public var count: Int { table.count }

    /// Whether the cache holds `key`.
    public func contains(_ key: ContentKey) -> Bool { table[key] != nil }

    /// The stored sketch of the file with content `key`; nil when absent or unreadable.
    public func sketch(for key: ContentKey) -> CorpusFileSketch? {
        payload(key).flatMap { CorpusFileSketch(decoding: $0) }
    }

    /// The raw record of `key`, if it is intact.
    func payload(_ key: ContentKey) -> [UInt8]? {
        guard let slot = table[key], let bytes = CorpusSketchCache.read(fd, at: slot.offset, count: Int(slot.length)),
              StableHash.content(bytes) == slot.check else { return nil }
        return bytes
    }

    /// The keys and slots of the records, for `Update`.
    var keys: Set<ContentKey> { Set(table.keys) }

    // MARK: - Reading the file

    struct Unusable: Error {
        var reason: String
    }

    static func read(_ fd: Int32, at offset: UInt64, count: Int) -> [UInt8]? {
        guard count >= 0 else { return nil }
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        let ok = out.withUnsafeMutableBytes { buf -> Bool in
            while done < count {
                let n = pread(fd, buf.baseAddress! + done, count - done, off_t(offset) + off_t(done))
                if n <= 0 { return false }
                done += n
            }
            return true
        }
        return ok ? out : nil
    }

    static func readTable(_ fd: Int32, fingerprint: String) -> Result<[ContentKey: Slot], Unusable> {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(Unusable(reason: "cannot read its size")) }
        let size = UInt64(st.st_size)
        guard size >= 32, let head = read(fd, at: 0, count: 12), Array(head[0..<8]) == magic else {
            return .failure(Unusable(reason: "not a renpa corpus cache (or made by an older renpa)"))
        }
        var hr = BinaryReader(Array(head[8...]))
        guard let fpLength = hr.u32(), UInt64(fpLength) + 12 <= size,
              let fpBytes = read(fd, at: 12, count: Int(fpLength)) else {
            return .failure(Unusable(reason: "truncated header"))
        }
        guard String(decoding: fpBytes, as: UTF8.self) == fingerprint else {
            return .failure(Unusable(reason: "made by another renpa build"))
        }
        let dataStart = 12 + UInt64(fpLength)
        guard let tail = read(fd, at: size - 16, count: 16), Array(tail[8...]) == endMagic else {
            return .failure(Unusable(reason: "truncated (no end marker)"))
        }
        var tr = BinaryReader(Array(tail[0..<8]))
        guard let tableOffset = tr.u64(), tableOffset >= dataStart, tableOffset + 8 <= size - 16,
              let countBytes = read(fd, at: tableOffset, count: 8) else {
            return .failure(Unusable(reason: "corrupt table offset"))
        }
        var cr = BinaryReader(countBytes)
        guard let n = cr.u64(), n <= (size - 16 - tableOffset - 8) / UInt64(rowSize),
              let rows = read(fd, at: tableOffset + 8, count: Int(n) * rowSize) else {
            return .failure(Unusable(reason: "corrupt table"))
        }
        var r = BinaryReader(rows)
        var table = [ContentKey: Slot](minimumCapacity: Int(n))
        for _ in 0..<n {
            guard let a = r.u64(), let b = r.u64(), let s = r.u64(), let off = r.u64(), let len = r.u64(),
                  let ca = r.u64(), let cb = r.u64(), off >= dataStart, len <= recordLimit, off + len <= tableOffset else {
                return .failure(Unusable(reason: "corrupt table entry"))
            }
            table[ContentKey(a: a, b: b, size: s)] = Slot(offset: off, length: len, check: ContentKey(a: ca, b: cb, size: len))
        }
        return .success(table)
    }
}

/// A cache that cannot be written: the check's results stand, only the next run is not faster.
public struct CorpusCacheWriteError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot write corpus cache \(path): \(reason)" }
}

extension CorpusSketchCache {
    /// Records which files a check used, in corpus order, and writes the new cache when it differs
    /// from the old one (a file was added, changed or removed, or the old cache was unusable).
    /// The new file is written next to the old one and renamed over it, so a check interrupted
    /// half-way leaves the old cache intact.
    public struct Update {
        let cache: CorpusSketchCache
        private var order: [ContentKey] = []
        private var seen: Set<ContentKey> = []
        private var writer: RecordWriter? = nil
        private var failure: CorpusCacheWriteError? = nil
        /// Files whose record came from the cache.
        public private(set) var reused = 0
        /// Files read and added to the cache.
        public private(set) var added = 0

        init(cache: CorpusSketchCache) { self.cache = cache }

        /// Notes the file with content `key`: `newRecord` is its record when it was read (not in the
        /// cache), nil when the cache supplied it.
        public mutating func note(_ key: ContentKey, newRecord: [UInt8]?) {
            if newRecord == nil { reused += 1 } else { added += 1 }
            guard seen.insert(key).inserted else { return }
            order.append(key)
            if let record = newRecord {
                if writer == nil { start(copying: order.dropLast()) }
                writer?.append(key, record)
                failIfNeeded()
            } else if writer != nil {
                copy(key)
            }
        }

        /// Writes the cache if it changed. Returns whether it wrote.
        public mutating func commit() throws(CorpusCacheWriteError) -> Bool {
            if writer == nil {
                guard cache.discarded != nil || Set(order) != cache.keys || !cache.fileExists else { return false }
                start(copying: order[...])
            }
            if let failure { writer?.abandon(); throw failure }
            guard var w = writer else { return false }
            writer = nil
            do { try w.finish() } catch { w.abandon(); throw error }
            return true
        }

        private mutating func start(copying keys: ArraySlice<ContentKey>) {
            do {
                writer = try RecordWriter(path: cache.path, fingerprint: cache.fingerprint)
            } catch {
                failure = error
                return
            }
            for k in keys { copy(k) }
        }

        private mutating func copy(_ key: ContentKey) {
            guard failure == nil else { return }
            guard let record = cache.payload(key) else {
                failure = CorpusCacheWriteError(path: cache.path, reason: "the old cache could not be read back")
                return
            }
            writer?.append(key, record)
            failIfNeeded()
        }

        private mutating func failIfNeeded() {
            if failure == nil, let e = writer?.error { failure = e }
        }
    }

    /// Creates `folder` and its missing parents (errors surface when the file is opened).
    static func makeFolders(_ folder: String) {
        var st = stat()
        guard stat(folder, &st) != 0 else { return }
        if let k = folder.lastIndex(of: "/"), k > folder.startIndex { makeFolders(String(folder[..<k])) }
        _ = mkdir(folder, 0o755)
    }

    /// An update for this cache.
    public func update() -> Update { Update(cache: self) }

    var fileExists: Bool { fd >= 0 }
}

/// POSIX `write`, whichever C library provides it.
private func systemWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, p, n)
    #else
    return Darwin.write(fd, p, n)
    #endif
}

/// Writes a new cache file sequentially: header, records, table, end marker; then renames it
/// over the cache.
struct RecordWriter {
    let path: String
    let temporary: String
    private var fd: Int32
    private var offset: UInt64 = 0
    private var rows: [(key: ContentKey, offset: UInt64, check: ContentKey)] = []
    private(set) var error: CorpusCacheWriteError? = nil

    init(path: String, fingerprint: String) throws(CorpusCacheWriteError) {
        self.path = path
        temporary = path + ".tmp-\(getpid())"
        // `--corpus-cache .renpa/corpus.sketches` creates `.renpa/`.
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        if !folder.isEmpty { CorpusSketchCache.makeFolders(folder) }
        fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CorpusCacheWriteError(path: path, reason: String(cString: strerror(errno))) }
        var w = BinaryWriter()
        w.string(fingerprint)
        write(CorpusSketchCache.magic + w.bytes)
    }

    mutating func append(_ key: ContentKey, _ record: [UInt8]) {
        rows.append((key, offset, StableHash.content(record)))
        write(record)
    }

    mutating func finish() throws(CorpusCacheWriteError) {
        let tableOffset = offset
        var w = BinaryWriter()
        w.u64(UInt64(rows.count))
        for (k, off, c) in rows { w.u64(k.a); w.u64(k.b); w.u64(k.size); w.u64(off); w.u64(c.size); w.u64(c.a); w.u64(c.b) }
        w.u64(tableOffset)
        write(w.bytes + CorpusSketchCache.endMagic)
        if let error { throw error }
        guard close(fd) == 0 else { fd = -1; throw CorpusCacheWriteError(path: path, reason: String(cString: strerror(errno))) }
        fd = -1
        guard rename(temporary, path) == 0 else { throw CorpusCacheWriteError(path: path, reason: String(cString: strerror(errno))) }
    }

    /// Removes the unfinished file.
    mutating func abandon() {
        if fd >= 0 { close(fd); fd = -1 }
        unlink(temporary)
    }

    private mutating func write(_ bytes: [UInt8]) {
        guard error == nil else { return }
        var done = 0
        bytes.withUnsafeBytes { buf in
            while done < buf.count {
                let n = systemWrite(fd, buf.baseAddress! + done, buf.count - done)
                if n <= 0 { error = CorpusCacheWriteError(path: path, reason: String(cString: strerror(errno))); return }
                done += n
            }
        }
        offset += UInt64(bytes.count)
    }
}
