import FabrikCore
import FabrikDataset
import Testing

@Suite("Dataset reader: collecting problems")
struct ProblemCollectionTests {
    @Test("all problems of a row and of several files are reported in file then line order")
    func collectsAcrossRowsAndFiles() throws {
        let problems = try DatasetFixture.problems([
            .append("items.csv", "X,,,9,0.12345"),
            .append("bom.csv", "BIKE,NOPE,0,,,,"),
        ])
        #expect(problems == [
            "items.csv:6: decimals: \"9\" is not a whole number from 0 to 6",
            "items.csv:6: standard_cost: \"0.12345\" has more than 4 decimals",
            "bom.csv:5: component_item_id: unknown item \"NOPE\"",
            "bom.csv:5: qty_per: \"0\" must be greater than 0",
        ])
    }

    @Test("problems per file stop at the cap with a closing note")
    func perFileCap() throws {
        let rows = (1...80).map { DatasetFixture.Edit.append("holidays.csv", "P9,2025-01-0\($0 % 9 + 1)") }
        let problems = try DatasetFixture.problems(rows)
        #expect(problems.count == DatasetReader.problemsPerFileMax + 1)
        #expect(problems.first == "holidays.csv:3: plant_id: unknown plant \"P9\"")
        #expect(problems.last == "holidays.csv: more than 50 problems in this file; stopping here")
    }

    @Test("the error renders one problem per line")
    func rendering() throws {
        guard case .failure(let error) = try DatasetFixture.read([.remove("items.csv"), .remove("plants.csv")]) else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.description == "items.csv: the required file is missing\nplants.csv: the required file is missing")
        #expect(error.problems[0].location == SourceLocation(file: "items.csv"))
    }

    @Test("a missing folder is one problem naming it")
    func missingFolder() {
        #expect(throws: DatasetReadError.self) { try DatasetReader.read(directory: "/nonexistent/fabrik-dataset") }
        do {
            _ = try DatasetReader.read(directory: "/nonexistent/fabrik-dataset")
        } catch {
            #expect(error.description == "/nonexistent/fabrik-dataset: not a readable folder")
        }
    }

    @Test("a cycle through a phantom names the phantom and is reported against bom.csv")
    func phantomCycle() throws {
        let problems = try DatasetFixture.problems([.append("bom.csv", "KIT,BIKE,1,P1,,,")])
        #expect(problems == ["bom.csv: cycle BIKE@P1 -> KIT@P1 -> BIKE@P1"])
    }

    @Test("a cycle mixing transfers and BOM lines is reported against bom.csv, from its smallest node")
    func mixedCycle() throws {
        // BIKE@P1 -(bom)-> FRAME@P1 -(transfer)-> FRAME@P2 -(P2 bom line)-> BIKE@P2 -(transfer)-> BIKE@P1.
        let itemPlants = """
            item_id,plant_id,procurement,source_plant_id
            BIKE,P1,make,
            FRAME,P1,transfer,P2
            FRAME,P2,make,
            STEEL,P1,buy,
            BIKE,P2,transfer,P1
            KIT,P1,phantom,

            """
        let problems = try DatasetFixture.problems([
            .replace("item_plants.csv", itemPlants),
            .append("bom.csv", "FRAME,BIKE,1,P2,,,"),
            .replace("open_orders.csv", "order_id,type,item_id,plant_id,qty,due_date\n"),
        ])
        #expect(problems == ["bom.csv: cycle BIKE@P1 -> FRAME@P1 -> FRAME@P2 -> BIKE@P2 -> BIKE@P1"])
    }
}
