extension Array {
    /// `count` copies of `value`: the array `init(repeating:count:)` makes, made through code
    /// specialised for `Element`.
    ///
    /// `init(repeating:count:)` allocates through a standard-library function that is not inlinable,
    /// so it runs unspecialised and looks up the storage class's metadata on every call (about 500
    /// instructions, more than the filling of most of the small per-page tables made here); and it
    /// clears with `memset`, which for large tables is a string store of one instruction a byte
    /// where this loop writes a vector at a time. Same elements, same count.
    @inlinable @inline(__always)
    public init(filled value: Element, count: Int) {
        guard count > 0 else { self = []; return }
        var a = [Element]()
        a.reserveCapacity(count)
        a.append(contentsOf: repeatElement(value, count: count))
        self = a
    }
}
