/// Sorting in ascending order on a buffer pointer with a plain, inlined comparison: the standard
/// library's sort is a stable merge through a comparison closure, several times the work where
/// elements that compare equal cannot be told apart (64-bit keys) or where their order does not
/// matter to the caller.
enum KeySort {
    /// Sorts `keys` ascending.
    static func sort(_ keys: inout [UInt64]) {
        sort(&keys) { $0 < $1 }  // a closure literal, so the sort is specialised on it
    }

    /// Sorts `elements` by `less` (a strict weak order), not stably: introsort (quicksort on a
    /// median of three, insertion sort for short ranges, heapsort past a depth limit, so never
    /// quadratic).
    @inline(__always)
    static func sort<T>(_ elements: inout [T], by less: (T, T) -> Bool) {
        guard elements.count > 1 else { return }
        elements.withUnsafeMutableBufferPointer { b in
            guard let p = b.baseAddress else { return }
            var depth = 0
            var n = b.count
            while n > 1 { depth += 2; n >>= 1 }
            introsort(p, 0, b.count, depth, less)
        }
    }

    private static func introsort<T>(_ p: UnsafeMutablePointer<T>, _ lo: Int, _ hi: Int, _ depth: Int, _ less: (T, T) -> Bool) {
        var lo = lo, hi = hi, depth = depth
        while hi - lo > 16 {
            if depth == 0 { heapsort(p + lo, hi - lo, less); return }
            depth -= 1
            // Median of first, middle and last as the pivot.
            let mid = lo + (hi - lo) / 2
            if less(p[mid], p[lo]) { swapAt(p, mid, lo) }
            if less(p[hi - 1], p[lo]) { swapAt(p, hi - 1, lo) }
            if less(p[hi - 1], p[mid]) { swapAt(p, hi - 1, mid) }
            let pivot = p[mid]
            // Hoare partition.
            var i = lo - 1, j = hi
            while true {
                repeat { i += 1 } while less(p[i], pivot)
                repeat { j -= 1 } while less(pivot, p[j])
                if i >= j { break }
                swapAt(p, i, j)
            }
            // [lo, j] <= pivot <= [j + 1, hi): recurse into the smaller side, loop on the larger.
            if j + 1 - lo < hi - (j + 1) {
                introsort(p, lo, j + 1, depth, less)
                lo = j + 1
            } else {
                introsort(p, j + 1, hi, depth, less)
                hi = j + 1
            }
        }
        insertionSort(p, lo, hi, less)
    }

    private static func insertionSort<T>(_ p: UnsafeMutablePointer<T>, _ lo: Int, _ hi: Int, _ less: (T, T) -> Bool) {
        guard hi - lo > 1 else { return }
        for i in (lo + 1)..<hi {
            let x = p[i]
            var j = i
            while j > lo && less(x, p[j - 1]) {
                p[j] = p[j - 1]
                j -= 1
            }
            p[j] = x
        }
    }

    private static func heapsort<T>(_ p: UnsafeMutablePointer<T>, _ n: Int, _ less: (T, T) -> Bool) {
        func siftDown(_ start: Int, _ end: Int) {
            var root = start
            while 2 * root + 1 < end {
                var child = 2 * root + 1
                if child + 1 < end && less(p[child], p[child + 1]) { child += 1 }
                if !less(p[root], p[child]) { return }
                swapAt(p, root, child)
                root = child
            }
        }
        var start = n / 2 - 1
        while start >= 0 { siftDown(start, n); start -= 1 }
        var end = n - 1
        while end > 0 {
            swapAt(p, 0, end)
            siftDown(0, end)
            end -= 1
        }
    }

    @inline(__always) private static func swapAt<T>(_ p: UnsafeMutablePointer<T>, _ i: Int, _ j: Int) {
        let t = p[i]
        p[i] = p[j]
        p[j] = t
    }
}
