/// Word lists for believable generated names. No word contains a comma, a
/// quote or a line break, so generated names never need CSV quoting.
enum GeneratorNames {
    static let productLines = ["Atlas", "Nova", "Vector", "Orion", "Titan", "Helix", "Summit", "Falcon",
                               "Aurora", "Vertex", "Comet", "Zephyr", "Matrix", "Pioneer", "Quantum", "Ranger"]
    static let products = ["Drive Unit", "Pump", "Gearbox", "Controller", "Compressor", "Conveyor Module",
                           "Spindle Head", "Robot Arm", "Valve Station", "Power Pack", "Mixer", "Press"]
    static let assemblies = ["Housing", "Shaft", "Rotor", "Stator", "Bracket", "Harness", "Valve Block", "Cover",
                             "Spindle", "Manifold", "Frame", "Control Board", "Gear Set", "Cylinder", "Hub"]
    static let qualifiers = ["Assy", "Sub-assy", "Welded", "Machined", "Painted", "Pre-assembled", "Finished"]
    static let purchased = ["Bearing", "Sensor", "Seal Kit", "Servo Motor", "Relay", "Fan", "Display",
                            "Encoder", "Coupling", "Filter", "Switch", "Cable Gland", "Spring", "Fuse"]
    static let materials = ["Steel Sheet", "Aluminium Bar", "Brass Rod", "Copper Wire", "Hydraulic Oil",
                            "Epoxy Resin", "Powder Coat", "Rubber Profile", "PVC Tube", "Solder Paste",
                            "Stainless Tube", "Glass Fibre Mat"]
    static let hardware = ["Screw M4", "Screw M6", "Nut M8", "Washer 6mm", "Rivet 4mm", "Pin 3x20", "Clip",
                           "O-Ring 20mm", "Bolt M10", "Spacer 12mm", "Grommet", "Cable Tie"]
    static let companyWords = ["Nordic", "Rhein", "Alpine", "Baltic", "Atlantic", "Delta", "Iberia", "Danube",
                               "Pacific", "Central", "Northern", "Westland", "Eastgate", "Highland"]
    static let supplierTrades = ["Metals", "Components", "Electronics", "Plastics", "Fasteners", "Bearings",
                                 "Hydraulics", "Castings", "Logistics", "Chemicals"]
    static let customerTrades = ["Automation", "Engineering", "Foods", "Packaging", "Mining", "Agritech",
                                 "Water Works", "Robotics", "Logistics", "Energy", "Textiles", "Printing"]
    static let legalForms = ["GmbH", "Ltd", "Inc", "AG", "BV", "SA", "Oy", "AB"]
    static let dealTitles = ["Fleet order", "Framework call-off", "Spare parts", "Pilot batch", "Retrofit",
                             "Annual contract", "Line expansion", "Service stock", "Replacement order"]
    static let workCenterKinds = ["Cutting", "Welding", "Machining", "Assembly", "Painting", "Testing",
                                  "Packing", "Pressing", "Soldering", "Moulding"]
    static let plantNames = ["Central Components Plant", "Assembly Plant North", "Assembly Plant South",
                             "Assembly Plant East", "Assembly Plant West", "Assembly Plant Coast",
                             "Assembly Plant Valley", "Assembly Plant Harbour"]
}
