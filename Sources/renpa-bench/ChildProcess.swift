import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One finished child process: how it ended, how long it took, what it used.
struct ChildResult: Sendable {
    /// Exit status, or nil when it was killed by a signal.
    var status: Int32?
    /// The signal that ended it, if any.
    var signal: Int32?
    /// Wall-clock seconds from spawn to reap.
    var seconds: Double
    /// User + system CPU seconds of the child.
    var cpuSeconds: Double
    /// Peak resident set size of the child in bytes (`ru_maxrss`).
    var peakRSS: Int
    /// Whether the bench killed it for running past the time limit.
    var timedOut: Bool
    /// Share of the wall time during which some runnable task waited for a CPU
    /// (`/proc/pressure/cpu`, "some"): a sign that other work on a shared machine slowed the run.
    var cpuStall: Double?
}

/// Linux pressure stall information for the CPU: total microseconds in which some task waited.
enum CPUPressure {
    static func someTotalMicroseconds() -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/pressure/cpu", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("some") }),
              let field = line.split(separator: " ").first(where: { $0.hasPrefix("total=") }) else { return nil }
        return Double(field.dropFirst("total=".count))
    }
}

/// Runs a program as a child process and measures it with `wait4`.
///
/// Why not Foundation's `Process`: on Linux it reaps its children itself (`waitpid` on a
/// background thread), so the child's own `rusage` — and with it `ru_maxrss`, the peak RSS of that
/// child alone — is lost; `getrusage(RUSAGE_CHILDREN)` only gives the maximum over all children
/// so far. `posix_spawn` + `wait4` gives the exact figure per run at no extra cost.
enum ChildProcess {
    /// Runs `executable` with `arguments`; standard input is /dev/null, standard output and error
    /// go to the given files (created or truncated). Kills the child after `timeout` seconds.
    static func run(_ executable: String, _ arguments: [String], stdout: String, stderr: String,
                    timeout: Double? = nil) throws -> ChildResult {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }

        var pid: pid_t = 0
        let stallBefore = CPUPressure.someTotalMicroseconds()
        let start = DispatchTime.now().uptimeNanoseconds
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard rc == 0 else {
            throw BenchError.failed("cannot run \(executable): \(String(cString: strerror(rc)))")
        }
        let watchdog = Watchdog(pid: pid)
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { watchdog.fire() }
        }
        var status: Int32 = 0
        var usage = rusage()
        var w: pid_t
        repeat { w = wait4(pid, &status, 0, &usage) } while w == -1 && errno == EINTR
        let end = DispatchTime.now().uptimeNanoseconds
        let stallAfter = CPUPressure.someTotalMicroseconds()
        let timedOut = watchdog.finish()
        guard w == pid else { throw BenchError.failed("wait4 failed for \(executable)") }

        let termSignal = status & 0x7F
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return ChildResult(status: termSignal == 0 ? (status >> 8) & 0xFF : nil,
                           signal: termSignal == 0 ? nil : termSignal,
                           seconds: Double(end - start) / 1e9, cpuSeconds: cpu,
                           peakRSS: Int(usage.ru_maxrss) * 1024, timedOut: timedOut,
                           cpuStall: stallBefore.flatMap { b in stallAfter.map { a in (a - b) * 1e3 / Double(max(end - start, 1)) } })
    }

    /// The first executable called `name` on `PATH` (or `name` itself when it contains a slash).
    static func which(_ name: String) -> String? {
        let fm = FileManager.default
        if name.contains("/") { return fm.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = String(dir) + "/" + name
            if fm.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// Kills a child that runs too long, unless it has been reaped first (then the pid may be reused,
/// so `finish` and `fire` are serialised by a lock).
final class Watchdog: @unchecked Sendable {
    private let pid: pid_t
    private let lock = NSLock()
    private var done = false
    private var fired = false

    init(pid: pid_t) { self.pid = pid }

    /// Time is up: kill the child if it is still running.
    func fire() {
        lock.lock(); defer { lock.unlock() }
        if !done { fired = true; kill(pid, SIGKILL) }
    }

    /// The child was reaped; returns whether the watchdog had killed it.
    func finish() -> Bool {
        lock.lock(); defer { lock.unlock() }
        done = true
        return fired
    }
}
