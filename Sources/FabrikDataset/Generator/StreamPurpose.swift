/// Purposes of the generator's derived streams (`SplitMix64.derived` in
/// FabrikCore); changing a value changes the generated data.
enum StreamPurpose: UInt64 {
    case itemKind = 1, itemDecimals, itemCost, bom, plants, nodePlanning, suppliers
    case routing, inventory, openOrders, deals, itemName, transferSource, workCenters, supplierTerms
}
