public import FabrikCore

/// The answer of `fabrik promise ITEM --plant P --qty Q`: the earliest date a
/// new order of `quantity` can be promised without disturbing won deals.
///
/// `method` says which rule decided: `availableToPromise` when free supply
/// (stock and supply the plan pegs to `stock` at the node) reaches the
/// quantity no later than the capable-to-promise date, else
/// `capableToPromise` (the cumulative lead time from as_of through the BOM
/// and supply chain, ignoring capacity and stock), else `none` (no date:
/// `reason` says why).
public struct Promise: Sendable, Hashable {
    /// Which rule gave `date`.
    public enum Method: UInt8, Sendable {
        case availableToPromise, capableToPromise, none
        public var name: String { ["available-to-promise", "capable-to-promise", "none"][Int(rawValue)] }
    }
    public var itemId: String
    public var plantId: String
    public var quantity: Quantity
    public var asOf: Day
    public var method: Method
    public var date: Day?
    /// One sentence: which supply or which lead-time path decides.
    public var reason: String
    public var availableToPromise: AvailableToPromise
    public var capableToPromise: CapableToPromise
}

/// Free supply at a node in date order, cumulated. `date` is the first day
/// the cumulative free quantity reaches the asked quantity, nil if never;
/// `decidingSupply` the supply that reaches it.
public struct AvailableToPromise: Sendable, Hashable {
    public var supplies: [FreeSupply]
    public var totalFree: Quantity
    public var date: Day?
    public var decidingSupply: String?
}

/// One supply's quantity pegged to `stock`: `source` is `stock`, an open
/// order id or a planned order id; `date` the day it is available.
public struct FreeSupply: Sendable, Hashable {
    public var source: String
    public var date: Day
    public var quantity: Quantity
    public var cumulativeQuantity: Quantity
}

/// The longest lead-time path from as_of: `date` its end (nil when a node on
/// the way has no planning data or a calendar runs dry: see `problem`);
/// `path` from the item down to the step that starts on as_of.
public struct CapableToPromise: Sendable, Hashable {
    public var date: Day?
    public var path: [LeadTimeStep]
    public var problem: String?
}

/// One node on a lead-time path: it can start on `start` (when everything
/// below is there) and finish `leadTimeDays` later (`working` days for make).
public struct LeadTimeStep: Sendable, Hashable {
    public var itemId: String
    public var plantId: String
    public var procurement: Procurement
    public var leadTimeDays: Int32
    public var workingDays: Bool
    public var supplier: String?
    public var start: Day
    public var finish: Day
}
