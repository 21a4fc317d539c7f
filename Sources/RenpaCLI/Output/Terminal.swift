import Foundation

/// Where a command writes: results to `out`, diagnostics and progress to `err`.
/// Tests pass buffers; the executable passes the standard streams.
final class Terminal {
    private(set) var outText = ""
    private(set) var errText = ""
    private let toStandardStreams: Bool
    /// Whether stdout / stderr are terminals (colour and progress only then).
    let stdoutIsTTY: Bool
    let stderrIsTTY: Bool
    /// `NO_COLOR` is set.
    let noColor: Bool

    init(standardStreams: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) {
        toStandardStreams = standardStreams
        stdoutIsTTY = standardStreams && isatty(1) == 1
        stderrIsTTY = standardStreams && isatty(2) == 1
        noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    }

    /// Colour is used on a terminal unless NO_COLOR is set.
    var colorOut: Bool { stdoutIsTTY && !noColor }

    func out(_ s: String) {
        if toStandardStreams { Terminal.write(s, fd: 1) } else { outText += s }
    }
    func err(_ s: String) {
        if toStandardStreams { Terminal.write(s, fd: 2) } else { errText += s }
    }
    func line(_ s: String) { out(s + "\n") }
    func diag(_ s: String) { err(s + "\n") }

    /// Progress on stderr, only when it is a terminal.
    func progress(_ s: String) {
        if stderrIsTTY { Terminal.write("\r\u{1B}[K" + s, fd: 2) }
    }
    func endProgress() { if stderrIsTTY { Terminal.write("\r\u{1B}[K", fd: 2) } }

    private static func write(_ s: String, fd: Int32) {
        var s = s
        s.withUTF8 { p in
            var off = 0
            while off < p.count {
                let n = Foundation.write(fd, p.baseAddress! + off, p.count - off)
                if n <= 0 { return }
                off += n
            }
        }
    }
}
