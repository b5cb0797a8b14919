import FabrikCore

/// Classic instances in OR-Library's text form (jobs machines, then per job
/// `machine time` pairs), public benchmark data.
enum JobShopInstances {
    /// Fisher and Thompson 10x10 (mt10), optimum 930.
    static let ft10 = """
        10 10
        0 29 1 78 2 9 3 36 4 49 5 11 6 62 7 56 8 44 9 21
        0 43 2 90 4 75 9 11 3 69 1 28 6 46 5 46 7 72 8 30
        1 91 0 85 3 39 2 74 8 90 5 10 7 12 6 89 9 45 4 33
        1 81 2 95 0 71 4 99 6 9 8 52 7 85 3 98 9 22 5 43
        2 14 0 6 1 22 5 61 3 26 4 69 8 21 7 49 9 72 6 53
        2 84 1 2 5 52 3 95 8 48 9 72 0 47 6 65 4 6 7 25
        1 46 0 37 3 61 2 13 6 32 5 21 9 32 8 89 7 30 4 55
        2 31 0 86 1 46 5 74 4 32 6 88 8 19 9 48 7 36 3 79
        0 76 1 69 3 76 5 51 2 85 9 11 6 40 7 89 4 26 8 74
        1 85 0 13 2 61 6 7 8 64 9 76 5 47 3 52 4 90 7 45
        """

    /// Lawrence 10x5 (la01, setf1), optimum 666.
    static let la01 = """
        10 5
        1 21 0 53 4 95 3 55 2 34
        0 21 3 52 4 16 2 26 1 71
        3 39 4 98 1 42 2 31 0 12
        1 77 0 55 4 79 2 66 3 77
        0 83 3 34 2 64 1 19 4 37
        1 54 2 43 4 79 0 92 3 62
        3 69 4 77 1 87 2 87 0 93
        2 38 0 60 1 41 3 24 4 83
        3 17 1 49 4 25 0 44 2 98
        4 77 3 79 2 43 1 75 0 96
        """

    /// The jobs of an instance text: per job, (machine, time) in order.
    static func jobs(_ text: String) -> [[(machine: Int32, hours: Int64)]] {
        let lines = text.split(separator: "\n").map { $0.split(separator: " ").compactMap { Int64($0) } }
        return lines.dropFirst().map { numbers in
            stride(from: 0, to: numbers.count - 1, by: 2).map { (Int32(numbers[$0]), numbers[$0 + 1]) }
        }
    }
}
