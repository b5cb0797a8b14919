import Dispatch

/// The fast path of `ManualEntryFile.batch` on several threads: the rows
/// after the header are cut into parts at line ends, each part is read by
/// its own `ManualEntryBatchBuilder` at the same time, and the parts are
/// merged in file order (`absorb`), so the batch is the one a single
/// builder makes, whatever the thread count.
///
/// A cut is the line feed nearest after an even share of the bytes. That
/// line feed may lie inside a quoted field; then the part before it ends
/// inside an open quote, its builder reports a syntax error, and the file
/// is read again on one thread. So a part that reads cleanly always starts
/// at a record boundary of the whole file, and a bad cut costs only time.
enum ManualEntryChunkedRead {
    /// Below this many bytes per part one thread reads the file: the threads'
    /// start-up and the merge would cost more than they save.
    static let bytesPerPartMin = 1 << 20

    /// The validated batch, or nil when any row or entry is refused (the
    /// caller then names the problems with the reference builder).
    static func batch(_ bytes: UnsafeBufferPointer<UInt8>, chart: ChartOfAccounts, threadCount: Int,
                      bytesPerPartMin: Int = Self.bytesPerPartMin) -> ManualEntryBatch? {
        read(bytes, chart: chart, threadCount: threadCount, bytesPerPartMin: bytesPerPartMin).batch
    }

    /// `batch`, also saying how many parts were read and merged (1 when one
    /// reader read the whole file, also after a bad cut).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, chart: ChartOfAccounts, threadCount: Int,
                     bytesPerPartMin: Int) -> (batch: ManualEntryBatch?, parts: Int) {
        var head = ManualEntryBatchBuilder(chart: chart, expectedLines: 16)
        var bodyStart = bytes.count
        let headerError = CSVSplitter.forEachRecord(in: bytes) { _, record in
            _ = head.add(record)
            bodyStart = record.end
            return false
        }
        let parts = Swift.min(Swift.max(1, threadCount), (bytes.count - bodyStart) / Swift.max(1, bytesPerPartMin))
        guard headerError == nil, head.isIntact, parts > 1 else { return (sequential(bytes, chart: chart), 1) }

        let cuts = Self.cuts(bytes, from: bodyStart, parts: parts), header = head
        var builders = [ManualEntryBatchBuilder?](repeating: nil, count: cuts.count - 1)
        builders.withUnsafeMutableBufferPointer { slots in
            let shared = SharedParts(bytes: bytes, slots: slots)
            DispatchQueue.concurrentPerform(iterations: cuts.count - 1) { part in
                let range = cuts[part]..<cuts[part + 1]
                // ~40 bytes per line in practice; only a capacity hint.
                var builder = header.continuation(expectedLines: range.count / 40)
                let error = CSVSplitter.forEachRecord(in: UnsafeBufferPointer(rebasing: shared.bytes[range]),
                                                      skippingByteOrderMark: false) { _, record in builder.add(record) }
                shared.slots[part] = error == nil && builder.isIntact ? builder : nil
            }
        }
        guard var merged = builders[0] else { return (sequential(bytes, chart: chart), 1) }
        for part in builders.indices.dropFirst() {
            guard let later = builders[part], merged.absorb(later) else { return (sequential(bytes, chart: chart), 1) }
        }
        return (merged.finish(), builders.count)
    }

    /// One builder over the whole file (also the retry after a bad cut).
    static func sequential(_ bytes: UnsafeBufferPointer<UInt8>, chart: ChartOfAccounts) -> ManualEntryBatch? {
        var builder = ManualEntryBatchBuilder(chart: chart, expectedLines: bytes.count / 40)
        let syntaxError = CSVSplitter.forEachRecord(in: bytes) { _, record in builder.add(record) }
        return syntaxError == nil ? builder.finish() : nil
    }

    /// `parts + 1` ascending offsets from `start` to the end: each inner one
    /// just past the first line feed at or after an even share of the bytes
    /// (parts that would be empty are dropped).
    static func cuts(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, parts: Int) -> [Int] {
        var cuts = [start]
        let length = bytes.count - start
        for part in 1..<parts {
            var at = Swift.max(start + length / parts * part, cuts[cuts.count - 1])
            while at < bytes.count, bytes[at] != UInt8(ascii: "\n") { at += 1 }
            let cut = Swift.min(at + 1, bytes.count)
            if cut > cuts[cuts.count - 1], cut < bytes.count { cuts.append(cut) }
        }
        cuts.append(bytes.count)
        return cuts
    }
}

/// The file and the per-part result slots shared by the reading threads:
/// each thread reads the file and writes only its own slot, and both
/// buffers outlive `concurrentPerform`.
private struct SharedParts: @unchecked Sendable {
    let bytes: UnsafeBufferPointer<UInt8>
    let slots: UnsafeMutableBufferPointer<ManualEntryBatchBuilder?>
}
