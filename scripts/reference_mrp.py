#!/usr/bin/env python3
"""Independent reference implementation of Fabrik's MRP contract.

Written from shared/spec/planning.md, dataset.md and interfaces.md only (not
from Fabrik's Swift engine), to cross-check `fabrik mrp run --json`.

    python3 scripts/reference_mrp.py DATASET_DIR --as-of YYYY-MM-DD [--horizon N] > plan.json

Reads the CSV files directly and assumes the dataset is valid (import checks
are not repeated). Quantities are exact decimals; the code favours plainness
over speed (dense day loops).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
from decimal import Decimal, ROUND_CEILING, getcontext

getcontext().prec = 80

ZERO = Decimal(0)
ALL_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
PREFIX = {"make": "MO", "buy": "PO", "transfer": "TO"}
ORDER_TYPE = {"MO": "production", "PO": "purchase", "TO": "transfer"}


# ---------------------------------------------------------------- input

def read_csv(folder: str, name: str) -> list[dict]:
    path = os.path.join(folder, name)
    if not os.path.exists(path):
        return []
    with open(path, "r", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    rows = [r for r in rows if r and not (len(r) == 1 and r[0] == "")]
    if not rows:
        return []
    header = rows[0]
    out = []
    for r in rows[1:]:
        d = {}
        for i, h in enumerate(header):
            d[h] = r[i] if i < len(r) else ""
        out.append(d)
    return out


def cell(row: dict, col: str, default: str = "") -> str:
    v = row.get(col, "")
    return default if v == "" else v


def dec(s: str) -> Decimal:
    return Decimal(s)


def whole(s: str) -> int:
    """A count or number of days: `2`, `02` and `2.0` are all 2 (dataset.md)."""
    return int(Decimal(s))


def day(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def ceil_to(q: Decimal, decimals: int) -> Decimal:
    return q.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_CEILING)


def ceil_multiple(q: Decimal, m: Decimal) -> Decimal:
    """Smallest multiple of m (> 0) that is >= q."""
    k = q // m
    if k * m < q:
        k += 1
    return k * m


def fmt(q: Decimal) -> str:
    s = format(q.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


class Num:
    """A JSON number printed exactly as given."""

    def __init__(self, q: Decimal):
        self.text = fmt(q)


def dump(x) -> str:
    if isinstance(x, Num):
        return x.text
    if x is None:
        return "null"
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, int):
        return str(x)
    if isinstance(x, str):
        return json.dumps(x, ensure_ascii=False)
    if isinstance(x, list):
        return "[" + ", ".join(dump(v) for v in x) + "]"
    if isinstance(x, dict):
        return "{" + ", ".join(json.dumps(k) + ": " + dump(v) for k, v in x.items()) + "}"
    raise TypeError(type(x))


# ---------------------------------------------------------------- references
# A reference is a tuple: ("ss",), ("deal", deal_id, line_no, orig_due),
# ("open", order_id), ("planned", prefix, number), ("stock",), or None.

def ref_text(ref) -> str | None:
    if ref is None:
        return None
    k = ref[0]
    if k == "ss":
        return "safety-stock"
    if k == "deal":
        return f"{ref[1]}/{ref[2]}"
    if k == "open":
        return ref[1]
    if k == "planned":
        return f"{ref[1]}-{ref[2]}"
    if k == "stock":
        return "stock"
    raise ValueError(ref)


def ref_order_key(ref):
    """planning.md: null, safety-stock, deal lines (deal_id, line_no), open
    order ids, planned orders (prefix, number), stock."""
    if ref is None:
        return (0,)
    k = ref[0]
    if k == "ss":
        return (1,)
    if k == "deal":
        return (2, ref[1], ref[2])
    if k == "open":
        return (3, ref[1])
    if k == "planned":
        return (4, ref[1], ref[2])
    if k == "stock":
        return (5,)
    raise ValueError(ref)


def req_class_key(ref):
    """Pegging order of requirements within one counting date: safety stock,
    deal lines (original due date, deal_id, line_no), open orders (order_id),
    planned orders (prefix, number)."""
    k = ref[0]
    if k == "ss":
        return (0,)
    if k == "deal":
        return (1, ref[3], ref[1], ref[2])
    if k == "open":
        return (2, ref[1])
    if k == "planned":
        return (3, ref[1], ref[2])
    raise ValueError(ref)


# ---------------------------------------------------------------- model

class Plant:
    def __init__(self, pid, workdays, holidays):
        self.id = pid
        self.weekdays = {ALL_DAYS.index(w) for w in workdays}
        self.holidays = holidays

    def working(self, d: dt.date) -> bool:
        return d.weekday() in self.weekdays and d not in self.holidays

    def on_or_before(self, d: dt.date) -> dt.date:
        for i in range(3651):
            x = d - dt.timedelta(days=i)
            if self.working(x):
                return x
        raise SystemExit(f"plant {self.id} has no working day within 3650 days of {d}")

    def strictly_before(self, d: dt.date) -> dt.date:
        return self.on_or_before(d - dt.timedelta(days=1))

    def step_back(self, due: dt.date, n: int) -> dt.date:
        x = due
        for _ in range(n):
            x = self.strictly_before(x)
        return x


class Node:
    def __init__(self, row):
        self.item = row["item_id"]
        self.plant = row["plant_id"]
        self.proc = row["procurement"]
        self.source = cell(row, "source_plant_id") or None
        self.lead = whole(cell(row, "lead_time_days", "0"))
        self.lot_rule = cell(row, "lot_rule", "lfl")
        ls = cell(row, "lot_size")
        self.lot_size = dec(ls) if ls else None
        self.min_qty = dec(cell(row, "min_qty", "0"))
        self.multiple = dec(cell(row, "multiple", "0"))
        self.ss = dec(cell(row, "safety_stock", "0"))
        self.supplier = None  # primary supplier row (buy only)
        self.reqs = []  # (raw_date, ref, qty)
        self.receipts = []
        self.on_hand = ZERO

    @property
    def key(self):
        return (self.item, self.plant)


class Receipt:
    def __init__(self, row):
        self.id = row["order_id"]
        self.type = row["type"]
        self.item = row["item_id"]
        self.plant = row["plant_id"]
        self.qty = dec(row["qty"])
        self.written_due = day(row["due_date"])
        self.issued = cell(row, "issued", "no") == "yes"
        self.planning_due = None
        self.effective = None
        self.pulled = False
        self.release = None
        self.pegs = []


class Planned:
    def __init__(self, prefix, number, node, qty, release, due):
        self.prefix = prefix
        self.number = number
        self.node = node
        self.qty = qty
        self.release = release
        self.due = due
        self.pegs = []

    @property
    def id(self):
        return f"{self.prefix}-{self.number}"


def add_peg(pegs: list, ref, qty: Decimal):
    for p in pegs:
        if p[0] == ref:
            p[1] += qty
            return
    pegs.append([ref, qty])


# ---------------------------------------------------------------- engine

def run(folder: str, as_of: dt.date, horizon: int) -> dict:
    end = as_of + dt.timedelta(days=horizon - 1)

    holidays = {}
    for r in read_csv(folder, "holidays.csv"):
        holidays.setdefault(r["plant_id"], set()).add(day(r["date"]))
    plants = {}
    for r in read_csv(folder, "plants.csv"):
        wd = cell(r, "workdays", ",".join(ALL_DAYS)).split(",")
        plants[r["plant_id"]] = Plant(r["plant_id"], wd, holidays.get(r["plant_id"], set()))

    decimals = {}
    for r in read_csv(folder, "items.csv"):
        decimals[r["item_id"]] = whole(cell(r, "decimals", "0"))

    nodes = {}
    ip_rows = read_csv(folder, "item_plants.csv")
    for r in ip_rows:
        n = Node(r)
        nodes[n.key] = n

    # BOM: per parent, list of lines
    bom = {}
    for r in read_csv(folder, "bom.csv"):
        line = {
            "comp": r["component_item_id"],
            "qty_per": dec(r["qty_per"]),
            "plant": cell(r, "plant_id") or None,
            "scrap": dec(cell(r, "scrap_pct", "0")),
            "from": day(r["valid_from"]) if cell(r, "valid_from") else None,
            "to": day(r["valid_to"]) if cell(r, "valid_to") else None,
        }
        bom.setdefault(r["parent_item_id"], []).append(line)

    def bom_lines(item, plant):
        lines = bom.get(item, [])
        specific = [l for l in lines if l["plant"] == plant]
        if specific:
            return specific
        return [l for l in lines if l["plant"] is None]

    def bom_effective(item, plant, d):
        return [l for l in bom_lines(item, plant)
                if (l["from"] is None or l["from"] <= d) and (l["to"] is None or d <= l["to"])]

    # primary suppliers
    si = {}
    for r in read_csv(folder, "supplier_items.csv"):
        si.setdefault((r["item_id"], r["plant_id"]), []).append(r)
    for n in nodes.values():
        if n.proc == "buy" and n.key in si:
            rows = sorted(si[n.key], key=lambda r: (whole(cell(r, "priority", "1")), r["supplier_id"]))
            n.supplier = rows[0]

    for r in read_csv(folder, "inventory.csv"):
        k = (r["item_id"], r["plant_id"])
        if k in nodes:
            nodes[k].on_hand = dec(r["on_hand"])

    # graph and low-level codes
    children = {k: [] for k in nodes}
    for k, n in nodes.items():
        if n.proc in ("make", "phantom"):
            for l in bom_lines(n.item, n.plant):
                ck = (l["comp"], n.plant)
                if ck in nodes and ck not in children[k]:
                    children[k].append(ck)
        elif n.proc == "transfer":
            ck = (n.item, n.source)
            if ck in nodes:
                children[k].append(ck)
    llc = {k: 0 for k in nodes}
    # longest path: relax in topological order (Kahn)
    indeg = {k: 0 for k in nodes}
    for k in nodes:
        for c in children[k]:
            indeg[c] += 1
    queue = sorted(k for k in nodes if indeg[k] == 0)
    topo = []
    while queue:
        k = queue.pop(0)
        topo.append(k)
        for c in children[k]:
            llc[c] = max(llc[c], llc[k] + 1)
            indeg[c] -= 1
            if indeg[c] == 0:
                queue.append(c)
    if len(topo) != len(nodes):
        raise SystemExit("cycle in the node graph")
    order = sorted(nodes, key=lambda k: (llc[k], k[0], k[1]))

    messages = []  # (type, item, plant, date, order_ref, demand_ref)
    non_node_reqs = {}  # (item, plant) -> list of (raw_date, ref, qty)
    beyond = 0

    def add_req(item, plant, raw_date, ref, qty):
        k = (item, plant)
        if k in nodes:
            nodes[k].reqs.append((raw_date, ref, qty))
        else:
            non_node_reqs.setdefault(k, []).append((raw_date, ref, qty))

    won = {r["deal_id"] for r in read_csv(folder, "deals.csv") if r["stage"] == "won"}
    for r in read_csv(folder, "deal_lines.csv"):
        if r["deal_id"] not in won:
            continue
        due = day(r["due_date"])
        if due > end:
            beyond += 1
            continue
        ref = ("deal", r["deal_id"], whole(r["line_no"]), due)
        if due < as_of:
            messages.append(("past-due-demand", r["item_id"], r["plant_id"], due, None, ref))
        add_req(r["item_id"], r["plant_id"], due, ref, dec(r["qty"]))

    def lead_of(n: Node) -> int:
        if n.proc == "buy" and n.supplier is not None and cell(n.supplier, "lead_time_days") != "":
            return whole(n.supplier["lead_time_days"])
        return n.lead

    def release_of(n: Node, due: dt.date) -> dt.date:
        lt = lead_of(n)
        if n.proc == "make":
            if lt == 0:
                return due
            return plants[n.plant].step_back(due, lt)
        return due - dt.timedelta(days=lt)

    receipts_out = []
    for r in read_csv(folder, "open_orders.csv"):
        rc = Receipt(r)
        if rc.written_due > end:
            continue  # ignored entirely
        n = nodes[(rc.item, rc.plant)]
        if n.proc == "make":
            rc.planning_due = plants[n.plant].on_or_before(rc.written_due)
        else:
            rc.planning_due = rc.written_due
        rc.effective = max(rc.planning_due, as_of)
        rc.release = release_of(n, rc.planning_due)
        n.receipts.append(rc)
        receipts_out.append(rc)
        if rc.written_due < as_of:
            messages.append(("past-due-receipt", rc.item, rc.plant, rc.written_due, ("open", rc.id), None))

    counters = {"MO": 0, "PO": 0, "TO": 0}
    planned_all = []
    on_hand_out = []  # (node, pegs)

    def counting_date(n: Node, raw: dt.date) -> dt.date:
        if n.proc == "make":
            d = plants[n.plant].on_or_before(raw)
            return max(d, as_of)
        return max(raw, as_of)

    for k in order:
        n = nodes[k]
        item, plant = k
        # requirements with counting dates, in pegging order
        reqs = [(counting_date(n, raw), ref, qty) for raw, ref, qty in n.reqs]

        if n.proc == "phantom":
            reqs.sort(key=lambda x: (x[0], req_class_key(x[1])))
            left = n.on_hand
            oh_pegs = []
            for d, ref, qty in reqs:
                take = min(left, qty)
                if take > 0:
                    add_peg(oh_pegs, ref, take)
                    left -= take
                rest = qty - take
                if rest > 0:
                    for l in bom_effective(item, plant, d):
                        cq = ceil_to(rest * l["qty_per"] * (1 + l["scrap"] / 100), decimals[l["comp"]])
                        add_req(l["comp"], plant, d, ref, cq)
            if left > 0:
                add_peg(oh_pegs, ("stock",), left)
            if n.on_hand > 0:
                on_hand_out.append((n, oh_pegs))
            continue

        if n.ss > 0:
            reqs.append((as_of, ("ss",), n.ss))
        reqs.sort(key=lambda x: (x[0], req_class_key(x[1])))

        H = horizon
        gross = [ZERO] * H
        for d, ref, qty in reqs:
            if ref[0] == "ss":
                continue
            gross[(d - as_of).days] += qty
        recs = sorted(n.receipts, key=lambda r: (r.planning_due, r.id))
        pos = {r.id: (r.effective - as_of).days for r in recs}

        proj = n.on_hand
        planned_here = []
        for d in range(H):
            rec_d = sum((r.qty for r in recs if pos[r.id] == d), ZERO)
            avail = proj + rec_d - gross[d]
            if avail < n.ss:
                date_d = as_of + dt.timedelta(days=d)
                for r in recs:
                    if avail >= n.ss:
                        break
                    if pos[r.id] > d:
                        pos[r.id] = d
                        r.pulled = True
                        r.effective = date_d
                        avail += r.qty
                if avail < n.ss:
                    q = lot_size(n, d, avail, gross, recs, pos, H)
                    prefix = PREFIX[n.proc]
                    counters[prefix] += 1
                    rel = release_of(n, date_d)
                    po = Planned(prefix, counters[prefix], n, q, rel, date_d)
                    planned_here.append(po)
                    avail += q
            proj = avail

        planned_all.extend(planned_here)
        for po in planned_here:
            if po.release < as_of:
                messages.append(("late-release", item, plant, po.release, ("planned", po.prefix, po.number), None))
        if n.proc == "buy" and n.supplier is None and planned_here:
            po = planned_here[0]
            messages.append(("no-supplier", item, plant, po.release, ("planned", po.prefix, po.number), None))

        # dependent / transfer demand
        for po in planned_here:
            rd = max(po.release, as_of)
            ref = ("planned", po.prefix, po.number)
            if n.proc == "make":
                for l in bom_effective(item, plant, rd):
                    cq = ceil_to(po.qty * l["qty_per"] * (1 + l["scrap"] / 100), decimals[l["comp"]])
                    add_req(l["comp"], plant, rd, ref, cq)
            elif n.proc == "transfer":
                add_req(item, n.source, rd, ref, po.qty)
        for r in recs:
            if r.issued:
                continue
            rd = max(r.release, as_of)
            ref = ("open", r.id)
            if n.proc == "make":
                for l in bom_effective(item, plant, rd):
                    cq = ceil_to(r.qty * l["qty_per"] * (1 + l["scrap"] / 100), decimals[l["comp"]])
                    add_req(l["comp"], plant, rd, ref, cq)
            elif n.proc == "transfer":
                add_req(item, n.source, rd, ref, r.qty)

        # pegging
        supplies = []  # (sort key, kind, obj, qty, effective)
        oh_pegs = []
        if n.on_hand > 0:
            supplies.append([(as_of, 0), oh_pegs, n.on_hand, as_of])
        for r in recs:
            supplies.append([(r.effective, 1, r.planning_due, r.id), r.pegs, r.qty, r.effective])
        for po in planned_here:
            supplies.append([(po.due, 2, po.number), po.pegs, po.qty, po.due])
        supplies.sort(key=lambda s: s[0])
        si_ = 0
        for d, ref, qty in reqs:
            need = qty
            while need > 0 and si_ < len(supplies):
                s = supplies[si_]
                if s[2] == 0:
                    si_ += 1
                    continue
                take = min(s[2], need)
                if s[3] > d:
                    print(f"warning: {item}@{plant} {ref_text(ref)} on {d} pegged to supply of {s[3]}", file=sys.stderr)
                add_peg(s[1], ref, take)
                s[2] -= take
                need -= take
            if need > 0:
                print(f"warning: {item}@{plant} {ref_text(ref)} uncovered {need}", file=sys.stderr)
        for s in supplies:
            if s[2] > 0:
                add_peg(s[1], ("stock",), s[2])
        if n.on_hand > 0:
            on_hand_out.append((n, oh_pegs))

        # receipt messages
        req_date = {}
        for d, ref, qty in reqs:
            req_date.setdefault(ref, d)
        for r in recs:
            non_stock = [p for p in r.pegs if p[0][0] != "stock"]
            if r.pulled:
                first = r.pegs[0][0] if r.pegs else None
                messages.append(("reschedule-in", item, plant, r.effective, ("open", r.id), first))
            if non_stock:
                fd = req_date[non_stock[0][0]]
                if (fd - r.effective).days > 7:
                    messages.append(("reschedule-out", item, plant, fd, ("open", r.id), non_stock[0][0]))
            else:
                messages.append(("cancel", item, plant, r.effective, ("open", r.id), None))

    for k in sorted(non_node_reqs):
        rq = [(max(raw, as_of), ref, qty) for raw, ref, qty in non_node_reqs[k]]
        rq.sort(key=lambda x: (x[0], req_class_key(x[1])))
        d, ref, _ = rq[0]
        messages.append(("no-planning-data", k[0], k[1], d, None, ref))

    # ------------------------------------------------------------ output
    def pegs_json(pegs):
        main = [p for p in pegs if p[0][0] != "stock"]
        stock = [p for p in pegs if p[0][0] == "stock"]
        return [{"demand": ref_text(p[0]), "qty": Num(p[1])} for p in main + stock]

    pref_rank = {"MO": 0, "PO": 1, "TO": 2}
    planned_all.sort(key=lambda p: (pref_rank[p.prefix], p.number))
    po_json = []
    for p in planned_all:
        po_json.append({
            "id": p.id, "type": ORDER_TYPE[p.prefix], "item": p.node.item, "plant": p.node.plant,
            "qty": Num(p.qty), "release_date": p.release.isoformat(), "due_date": p.due.isoformat(),
            "supplier": p.node.supplier["supplier_id"] if (p.prefix == "PO" and p.node.supplier) else None,
            "source_plant": p.node.source if p.prefix == "TO" else None,
            "pegs": pegs_json(p.pegs),
        })
    receipts_out.sort(key=lambda r: r.id)
    rc_json = [{
        "id": r.id, "type": r.type, "item": r.item, "plant": r.plant, "qty": Num(r.qty),
        "due_date": r.written_due.isoformat(), "effective_date": r.effective.isoformat(),
        "pegs": pegs_json(r.pegs)} for r in receipts_out]
    on_hand_out.sort(key=lambda x: x[0].key)
    oh_json = [{"item": n.item, "plant": n.plant, "qty": Num(n.on_hand), "pegs": pegs_json(p)}
               for n, p in on_hand_out]
    messages.sort(key=lambda m: (m[0], m[1], m[2], m[3], ref_order_key(m[4]), ref_order_key(m[5])))
    msg_json = [{"type": m[0], "item": m[1], "plant": m[2], "order": ref_text(m[4]),
                 "demand": ref_text(m[5]), "date": m[3].isoformat(), "text": ""} for m in messages]
    return {
        "as_of": as_of.isoformat(), "horizon_days": horizon,
        "planned_orders": po_json, "receipts": rc_json, "on_hand": oh_json, "messages": msg_json,
        "stats": {"nodes": len(ip_rows), "planned_orders": len(planned_all),
                  "requirements_beyond_horizon": beyond, "seconds": 0},
    }


def lot_size(n: Node, d: int, avail: Decimal, gross, recs, pos, H) -> Decimal:
    net = n.ss - avail
    if n.lot_rule == "fixed":
        q = ceil_multiple(net, n.lot_size)
    elif n.lot_rule == "poq":
        days = whole(str(n.lot_size))
        q = net
        a = avail
        for t in range(d + 1, min(d + days, H)):
            a = a + sum((r.qty for r in recs if pos[r.id] == t), ZERO) - gross[t]
            q = max(q, n.ss - a)
    else:
        q = net
    q = max(q, n.min_qty)
    if n.proc == "buy" and n.supplier is not None:
        q = max(q, dec(cell(n.supplier, "min_order_qty", "0")))
    if n.multiple > 0:
        q = ceil_multiple(q, n.multiple)
    if n.proc == "buy" and n.supplier is not None:
        om = dec(cell(n.supplier, "order_multiple", "0"))
        if om > 0:
            q = ceil_multiple(q, om)
    return ceil_to(q, decimals_of(n))


_DECIMALS = {}


def decimals_of(n: Node) -> int:
    return _DECIMALS[n.item]


def main(argv) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset")
    ap.add_argument("--as-of", default=None)
    ap.add_argument("--horizon", type=int, default=365)
    a = ap.parse_args(argv)
    as_of = day(a.as_of) if a.as_of else dt.date.today()
    if not 1 <= a.horizon <= 3650:
        print("horizon must be 1 to 3650 days", file=sys.stderr)
        return 64
    for r in read_csv(a.dataset, "items.csv"):
        _DECIMALS[r["item_id"]] = whole(cell(r, "decimals", "0"))
    doc = run(a.dataset, as_of, a.horizon)
    sys.stdout.write(dump_doc(doc))
    return 0


def dump_doc(doc: dict) -> str:
    lines = ["{"]
    lines.append(f' "as_of": {dump(doc["as_of"])},')
    lines.append(f' "horizon_days": {doc["horizon_days"]},')
    for key in ("planned_orders", "receipts", "on_hand", "messages"):
        els = doc[key]
        if not els:
            lines.append(f' "{key}": [],')
        else:
            lines.append(f' "{key}": [')
            lines.append(",\n".join("  " + dump(e) for e in els))
            lines.append(" ],")
    lines.append(f' "stats": {dump(doc["stats"])}')
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
