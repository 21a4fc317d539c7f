/// Sorting of 64-bit keys (hashes, packed bigrams) in ascending order, on a buffer pointer with
/// plain comparisons: the standard library's sort goes through a comparison closure and a stable
/// merge, several times the work for keys whose equal values cannot be told apart anyway.
enum KeySort {
    /// Sorts `keys` ascending (introsort: quicksort on a median of three, insertion sort for short
    /// ranges, heapsort past a depth limit, so never quadratic).
    static func sort(_ keys: inout [UInt64]) {
        guard keys.count > 1 else { return }
        keys.withUnsafeMutableBufferPointer { b in
            guard let p = b.baseAddress else { return }
            var depth = 0
            var n = b.count
            while n > 1 { depth += 2; n >>= 1 }
            introsort(p, 0, b.count, depth)
        }
    }

    private static func introsort(_ p: UnsafeMutablePointer<UInt64>, _ lo: Int, _ hi: Int, _ depth: Int) {
        var lo = lo, hi = hi, depth = depth
        while hi - lo > 16 {
            if depth == 0 { heapsort(p + lo, hi - lo); return }
            depth -= 1
            // Median of first, middle and last as the pivot.
            let mid = lo + (hi - lo) / 2
            if p[mid] < p[lo] { p.swapAt(mid, lo) }
            if p[hi - 1] < p[lo] { p.swapAt(hi - 1, lo) }
            if p[hi - 1] < p[mid] { p.swapAt(hi - 1, mid) }
            let pivot = p[mid]
            // Hoare partition.
            var i = lo - 1, j = hi
            while true {
                repeat { i += 1 } while p[i] < pivot
                repeat { j -= 1 } while p[j] > pivot
                if i >= j { break }
                p.swapAt(i, j)
            }
            // [lo, j] <= pivot <= [j + 1, hi): recurse into the smaller side, loop on the larger.
            if j + 1 - lo < hi - (j + 1) {
                introsort(p, lo, j + 1, depth)
                lo = j + 1
            } else {
                introsort(p, j + 1, hi, depth)
                hi = j + 1
            }
        }
        insertionSort(p, lo, hi)
    }

    private static func insertionSort(_ p: UnsafeMutablePointer<UInt64>, _ lo: Int, _ hi: Int) {
        guard hi - lo > 1 else { return }
        for i in (lo + 1)..<hi {
            let x = p[i]
            var j = i
            while j > lo && p[j - 1] > x {
                p[j] = p[j - 1]
                j -= 1
            }
            p[j] = x
        }
    }

    private static func heapsort(_ p: UnsafeMutablePointer<UInt64>, _ n: Int) {
        func siftDown(_ start: Int, _ end: Int) {
            var root = start
            while 2 * root + 1 < end {
                var child = 2 * root + 1
                if child + 1 < end && p[child] < p[child + 1] { child += 1 }
                if p[root] >= p[child] { return }
                p.swapAt(root, child)
                root = child
            }
        }
        var start = n / 2 - 1
        while start >= 0 { siftDown(start, n); start -= 1 }
        var end = n - 1
        while end > 0 {
            p.swapAt(0, end)
            siftDown(0, end)
            end -= 1
        }
    }
}

private extension UnsafeMutablePointer where Pointee == UInt64 {
    @inline(__always) func swapAt(_ i: Int, _ j: Int) {
        let t = self[i]
        self[i] = self[j]
        self[j] = t
    }
}
