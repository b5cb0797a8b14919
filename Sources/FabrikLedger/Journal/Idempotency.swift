import FabrikCore

/// What to do with a candidate entry given what the store already holds
/// under its key.
public enum IdempotencyDecision: Hashable, Sendable {
    /// No entry has the key: post the candidate.
    case post
    /// The same content was posted before: post nothing, answer with it.
    case alreadyPosted(JournalEntry)
    /// The key names an entry with different content: refuse.
    case rejected(PostingRejection)
}

/// The idempotency rule, pure: the store looks up the key (in the same
/// transaction as the posting) and asks here what to do.
///
/// Content is everything but the key: date, memo, source, reversed key, and
/// the lines in order (account, debit, credit, item, plant, order, party), strings
/// compared byte for byte. A retried event with the same key therefore posts
/// nothing; a changed amount, date or memo under an old key is an error.
public enum Idempotency {
    /// Decides for one candidate. `existing` must carry the candidate's key
    /// (a caller bug otherwise: traps).
    public static func decide(existing: JournalEntry?, candidate: JournalEntry) -> IdempotencyDecision {
        guard let existing else { return .post }
        precondition(utf8Equal(existing.key, candidate.key), "the existing entry is looked up by the candidate's key")
        return sameContent(existing, candidate) ? .alreadyPosted(existing) : .rejected(.keyReusedWithDifferentContent)
    }

    /// True when two entries record the same thing (everything but the key).
    public static func sameContent(_ a: JournalEntry, _ b: JournalEntry) -> Bool {
        guard a.date == b.date, a.source == b.source, utf8Equal(a.memo, b.memo),
              optionalEqual(a.reversesKey, b.reversesKey), a.lines.count == b.lines.count else { return false }
        for (x, y) in zip(a.lines, b.lines) {
            guard x.debit == y.debit, x.credit == y.credit, utf8Equal(x.accountCode, y.accountCode),
                  optionalEqual(x.itemId, y.itemId), optionalEqual(x.plantId, y.plantId),
                  optionalEqual(x.orderId, y.orderId), optionalEqual(x.partyId, y.partyId) else { return false }
        }
        return true
    }

    /// Splits a batch (e.g. a manual entry file) against the store:
    /// candidates to post, keys already posted with the same content, and
    /// keys reused with different content. A key repeated inside the batch is
    /// decided against its first occurrence. Order is the batch order.
    /// `existing` is the store's lookup by key.
    public static func partition(_ candidates: [JournalEntry],
                                 existing: (String) -> JournalEntry?) -> IdempotentBatch {
        var batch = IdempotentBatch()
        var seen: [IdKey: Int] = [:]
        for candidate in candidates {
            let earlier = existing(candidate.key) ?? seen[IdKey(candidate.key)].map { batch.toPost[$0] }
            switch decide(existing: earlier, candidate: candidate) {
            case .post:
                seen[IdKey(candidate.key)] = batch.toPost.count
                batch.toPost.append(candidate)
            case .alreadyPosted(let entry):
                batch.alreadyPostedKeys.append(entry.key)
            case .rejected:
                batch.conflictingKeys.append(candidate.key)
            }
        }
        return batch
    }

    private static func optionalEqual(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case (let x?, let y?): return utf8Equal(x, y)
        default: return false
        }
    }
}

/// A batch split by `Idempotency.partition`. Post `toPost` only when
/// `conflictingKeys` is empty (all or nothing); `alreadyPostedKeys` is what
/// to report as "already posted, nothing to do".
public struct IdempotentBatch: Hashable, Sendable {
    public var toPost: [JournalEntry] = []
    public var alreadyPostedKeys: [String] = []
    public var conflictingKeys: [String] = []

    public init() {}
}
