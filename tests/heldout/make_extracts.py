#!/usr/bin/env python3
"""Held-out re-export cases for Caravan's chain detector (issue 15, item 9).

This generator is independent of Caravan's demo generator (models/demo): it shares no code, no word lists
and no thresholds with it. It builds its own small trade world from a seed, plants re-export chains in it,
writes down its own answer key, and writes the same facts the way real extracts bring them.

The world
  suppliers      DE FR IT NL PL CZ FI AT US GB JP: makers of dual-use goods (chips, radios, bearings, lathes...)
  intermediaries KZ KG AM GE AE TR: traders that also do legitimate business
  buyers         RU BY
  end users      in the intermediaries' countries (domestic sales) and in third countries (MN AZ IL EG VN BR)
  producers      in KZ TR GE that export their own goods (oil, steel, cement, fertiliser) to Russia

Planted chains (the positives; the answer key lists each chain's shipment ids)
  single  supplier -> X -> RU/BY buyer, onward 4-85 days after the inbound, onward quantity 92-105% of it
  split   the same with the onward quantity split into 2-4 shipments (to one or several buyers); the last
          part carries at least 30% of the total, so no single part and no earlier run of parts already sums
          to within 20% of the inbound: the chain is all of its parts
  two     supplier -> X1 -> X2 -> RU/BY (X1, X2 in two different transit countries), each hop within 85
          days, the last hop single or split as above
  A few chains re-declare the onward goods under a sibling HS-6 code of the same HS-4 heading.

Decoys (the negatives: a detected chain made of their shipments is a false positive)
  food      the shape of a chain, but food or medicine (HS chapters 01-24, 30): not sanctioned
  late      supplier -> X -> RU with the onward shipment 100-200 days after the inbound (outside the window)
  half      supplier -> X -> RU within the window but with 50% or 150% of the inbound quantity (and weight)
  domestic  a producer in X's own country -> X -> RU: an export of local goods, not a re-export
  legit     supplier -> X, then X sells to end users in its own country or in a third country
  and background: direct EU -> RU food and medicine, producers' own exports to Russia, EU -> third countries.

Each (trader, HS-4 heading) is used by one episode at a time, with 100 days between episodes, so an
answer is never ambiguous: a legitimate inbound is never followed within the window by another episode's
onward shipment of the same heading from the same trader.

Versions written (one folder each, every one with entities.csv + shipments.csv in Caravan CSV unless said)
  clean       units kg / pcs / set, every quantity given, every party's country given
  units       units respelled per real files (kg KG кг KGM 166; pcs PCS шт шт. PCE H87 796 pieces; set
              компл. 839), English/UN spellings on the suppliers' legs and EAEU ones on the traders' legs,
              and a quarter of the large quantities in tonnes or thousands of pieces (quantity converted)
  quantities  quantity and unit blanked on a third of the shipments (half of the kg goods); weight_kg stays
  countries   the country removed from a third of the RU/BY buyers and a quarter of the traders; every
              shipment still names its origin and destination countries
  all         the three rewrites together (the same choices as in each one)
  extract     the shipments of `all` as a Russian customs-style extract (extract.csv: Windows-1251, `;`,
              decimal commas, dd.mm.yyyy, headers `Номер ДТ`, `Отправитель (код)`, `Код ТН ВЭД` (10
              digits)...), with `all`'s entities.csv beside it in Caravan CSV
  extract-clean  the shipments of `clean` in the same customs-style extract, with `clean`'s entities.csv
              (each extract folder also holds mapping.json, a hand-written mapping of the extract: the control)
  extract-names  `extract` with its countries written as Russian names (ГЕРМАНИЯ, КАЗАХСТАН) instead of codes;
              written always, scored only when asked for (run_heldout.py --versions): no part of issue 15 reads
              Russian country names yet

Shipment ids are declaration numbers (`10702070/120323/0045678`), the same in every version, so chains
compare across versions by their shipment ids.

Seeds: HELD_OUT_SEED is the acceptance test's seed. It is held out: no tuning step (of the detector, the unit
vocabulary, the mapping proposal or this script) may look at its output. Develop against DEV_SEED or any
other seed (`--seed N`).
"""

import argparse
import csv
import datetime
import io
import json
import os
import random
import sys

HELD_OUT_SEED = 150_2026
DEV_SEED = 7

VERSIONS = ["clean", "units", "quantities", "countries", "all", "extract", "extract-clean", "extract-names"]

START = datetime.date(2022, 4, 1)
DAYS = 900  # to mid-September 2024
EPISODE_GAP = 100  # days between two episodes of one (trader, HS-4 heading)

SUPPLIER_COUNTRIES = ["DE", "FR", "IT", "NL", "PL", "CZ", "FI", "AT", "US", "GB", "JP"]
TRANSIT_COUNTRIES = ["KZ", "KG", "AM", "GE", "AE", "TR"]
BUYER_COUNTRIES = ["RU", "RU", "RU", "BY"]
THIRD_COUNTRIES = ["MN", "AZ", "IL", "EG", "VN", "BR"]
PRODUCER_COUNTRIES = ["KZ", "TR", "GE"]

COUNTRY_RU = {
    "DE": "ГЕРМАНИЯ", "FR": "ФРАНЦИЯ", "IT": "ИТАЛИЯ", "NL": "НИДЕРЛАНДЫ", "PL": "ПОЛЬША", "CZ": "ЧЕХИЯ",
    "FI": "ФИНЛЯНДИЯ", "AT": "АВСТРИЯ", "US": "СОЕДИНЕННЫЕ ШТАТЫ", "GB": "СОЕДИНЕННОЕ КОРОЛЕВСТВО",
    "JP": "ЯПОНИЯ", "KZ": "КАЗАХСТАН", "KG": "КИРГИЗИЯ", "AM": "АРМЕНИЯ", "GE": "ГРУЗИЯ",
    "AE": "ОБЪЕДИНЕННЫЕ АРАБСКИЕ ЭМИРАТЫ", "TR": "ТУРЦИЯ", "RU": "РОССИЯ", "BY": "БЕЛАРУСЬ",
    "MN": "МОНГОЛИЯ", "AZ": "АЗЕРБАЙДЖАН", "IL": "ИЗРАИЛЬ", "EG": "ЕГИПЕТ", "VN": "ВЬЕТНАМ", "BR": "БРАЗИЛИЯ",
}

# Goods: HS-6, measure (pcs / kg / set), kg per unit, USD per unit, quantity range of a lot,
# English and Russian descriptions. Sibling codes (same HS-4) for re-declared onward legs.
DUAL_USE = [
    ("854231", "pcs", 0.004, 38.0, (2000, 60000), "Processors and controllers, integrated circuits",
     "Схемы электронные интегральные: процессоры и контроллеры"),
    ("854232", "pcs", 0.003, 5.5, (5000, 80000), "Memories, electronic integrated circuits",
     "Схемы интегральные: запоминающие устройства"),
    ("854239", "pcs", 0.004, 2.8, (5000, 90000), "Electronic integrated circuits, other",
     "Схемы электронные интегральные прочие"),
    ("851762", "pcs", 1.3, 420.0, (60, 2500), "Machines for the reception and transmission of data",
     "Аппаратура для приема, преобразования и передачи данных"),
    ("852692", "pcs", 0.7, 260.0, (50, 1500), "Radio remote control apparatus",
     "Аппаратура радиодистанционного управления"),
    ("848210", "pcs", 0.45, 8.5, (1000, 40000), "Ball bearings", "Подшипники шариковые"),
    ("848220", "pcs", 1.2, 24.0, (500, 12000), "Tapered roller bearings", "Подшипники роликовые конические"),
    ("845811", "pcs", 3600.0, 92000.0, (1, 4), "Horizontal lathes, numerically controlled",
     "Станки токарные горизонтальные с ЧПУ"),
    ("846693", "kg", 1.0, 33.0, (200, 7000), "Parts and accessories for machine tools",
     "Части и принадлежности станков"),
    ("850440", "pcs", 2.4, 115.0, (100, 5000), "Static converters", "Преобразователи статические"),
    ("903289", "pcs", 0.8, 205.0, (50, 3000), "Automatic regulating instruments",
     "Приборы и устройства для автоматического регулирования"),
    ("880730", "kg", 1.0, 170.0, (50, 1500), "Parts of unmanned aircraft",
     "Части беспилотных летательных аппаратов"),
    ("847150", "pcs", 6.5, 880.0, (20, 900), "Processing units", "Блоки обработки данных"),
    ("851770", "set", 3.1, 145.0, (20, 600), "Parts of transmission apparatus, in sets",
     "Части аппаратуры передачи данных, комплекты"),
    ("853650", "set", 0.9, 40.0, (100, 4000), "Switches, in sets", "Переключатели, комплекты"),
]
SIBLING = {"854231": "854239", "854232": "854239", "848210": "848220", "851762": "851769"}
FOOD_MED = [
    ("300490", "kg", 1.0, 60.0, (200, 6000), "Medicaments, packaged", "Лекарственные средства расфасованные"),
    ("300215", "kg", 1.0, 400.0, (20, 400), "Immunological products", "Иммунологические препараты"),
    ("210690", "kg", 1.0, 6.0, (2000, 20000), "Food preparations", "Пищевые продукты прочие"),
    ("090121", "kg", 1.0, 11.0, (1000, 15000), "Coffee, roasted", "Кофе жареный"),
    ("040221", "kg", 1.0, 4.2, (5000, 24000), "Milk powder", "Молоко сухое"),
]
LOCAL_GOODS = [
    ("271019", "kg", 1.0, 0.9, (20000, 200000), "Lubricating oils", "Масла смазочные"),
    ("720851", "kg", 1.0, 0.7, (50000, 400000), "Flat-rolled steel, hot-rolled", "Прокат плоский горячекатаный"),
    ("252329", "kg", 1.0, 0.08, (100000, 900000), "Portland cement", "Портландцемент"),
    ("310520", "kg", 1.0, 0.45, (30000, 300000), "Mineral fertilisers", "Удобрения минеральные"),
]
GOODS = {g[0]: g for g in DUAL_USE + FOOD_MED + LOCAL_GOODS}
GOODS["854239"] = next(g for g in DUAL_USE if g[0] == "854239")
GOODS["848220"] = next(g for g in DUAL_USE if g[0] == "848220")
GOODS["851769"] = ("851769", "pcs", 1.3, 420.0, (60, 2500), "Other apparatus for the transmission of data",
                   "Аппаратура для передачи данных прочая")

# Unit spellings as real files write them.
UNITS_WEST = {"pcs": ["pcs", "PCS", "PCE", "H87", "pieces"], "kg": ["kg", "KG", "KGM"], "set": ["set", "SET", "set"]}
UNITS_EAEU = {"pcs": ["шт", "шт.", "796", "ШТ"], "kg": ["кг", "166", "КГ", "кг"], "set": ["компл.", "839", "компл"]}
TONNES = ["t", "т", "TNE", "168"]
THOUSAND_PIECES = ["тыс. шт", "798", "тыс.шт."]

CUSTOMS_POSTS = {
    "RU": ["10702070", "10005030", "10216170", "10013160", "10009100"], "BY": ["06611010", "07260000"],
    "KZ": ["50508011", "55201020", "39851001"], "KG": ["41716000", "41702000"], "AM": ["10000110", "10000200"],
    "GE": ["57000100"], "AE": ["97100101"], "TR": ["34000100", "06000100"],
}

LEGAL_FORMS = {
    "DE": "GmbH", "FR": "SAS", "IT": "S.r.l.", "NL": "B.V.", "PL": "Sp. z o.o.", "CZ": "s.r.o.", "FI": "Oy",
    "AT": "GmbH", "US": "Inc.", "GB": "Ltd", "JP": "K.K.", "AE": "FZE", "TR": "Ltd. Sti.", "GE": "LLC",
    "MN": "LLC", "AZ": "MMC", "IL": "Ltd", "EG": "S.A.E.", "VN": "Co., Ltd", "BR": "Ltda.",
}
CYRILLIC_FORMS = {"RU": "ООО", "BY": "ООО", "KZ": "ТОО", "KG": "ОсОО", "AM": "ООО"}
SYLLABLES_LAT = ["nor", "tek", "ka", "vel", "ri", "on", "sta", "mar", "lux", "ber", "gen", "tra", "del", "vox",
                 "qua", "zen", "pol", "ar", "ix", "mo", "fer", "lin", "dor", "sol"]
SYLLABLES_CYR = ["Альт", "ер", "Спектр", "ин", "Тех", "ком", "Вос", "ток", "Сна", "б", "Про", "м", "Мега",
                 "трейд", "Гранд", "ис", "Кар", "ат", "Север", "Юг", "Дельта", "Импульс", "Ресурс", "Сфера"]


class World:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.seed = seed
        self.entities = []  # dicts: id, name, country, role, identifiers
        self.shipments = []  # dicts: id, day, exporter, importer, hs6, qty, measure, weight, value, currency, origin
        self.chains = []  # answer key: planted chains
        self.decoys = []
        self.reserved = {}  # (entity id, hs4) -> [(first day, last day)]
        self.used_codes = set()
        self.used_names = set()
        self.serial = 0

    # ---- entities ----
    def code(self, country):
        digits = {"KZ": 12, "KG": 14, "AM": 8, "GE": 9, "AE": 15, "TR": 10, "RU": 10, "BY": 9, "JP": 13, "US": 9}
        while True:
            n = digits.get(country, 9)
            body = str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))
            code = body if country in ("KZ", "KG", "AM", "GE", "AE", "TR", "RU", "BY", "JP") else country + body
            if code not in self.used_codes:
                self.used_codes.add(code)
                return code

    def name(self, country):
        while True:
            if country in CYRILLIC_FORMS:
                stem = "".join(self.rng.choice(SYLLABLES_CYR) for _ in range(2))
                stem = stem[0] + stem[1:].lower()
                name = '%s "%s"' % (CYRILLIC_FORMS[country], stem)
            else:
                stem = "".join(self.rng.choice(SYLLABLES_LAT) for _ in range(3)).capitalize()
                name = "%s %s" % (stem, LEGAL_FORMS.get(country, "Ltd"))
            if name not in self.used_names:
                self.used_names.add(name)
                return name

    def entity(self, country, role):
        code = self.code(country)
        scheme = {"KZ": "kz-bin", "RU": "ru-inn", "KG": "kg-inn", "AM": "am-tin"}.get(country)
        e = {"id": code, "name": self.name(country), "country": country, "role": role,
             "identifiers": "%s:%s" % (scheme, code) if scheme else ""}
        self.entities.append(e)
        return e

    # ---- shipments ----
    def ship(self, day, exporter, importer, hs6, qty, origin, markup=1.0):
        g = GOODS[hs6]
        measure, unit_kg, price = g[1], g[2], g[3]
        weight = round(qty * unit_kg * self.rng.uniform(0.98, 1.02), 1)
        if measure == "kg":
            weight = float(qty)
        value = round(qty * price * markup * self.rng.uniform(0.95, 1.05), 2)
        s = {"id": None, "day": day, "exporter": exporter, "importer": importer, "hs6": hs6, "qty": qty,
             "measure": measure, "weight": weight, "value": value,
             "currency": self.rng.choice(["USD", "USD", "EUR"] if exporter["country"] != "US" else ["USD"]),
             "origin": origin}
        self.shipments.append(s)
        return s

    def reserve(self, keys, first, last):
        for k in keys:
            for a, b in self.reserved.get(k, []):
                if first <= b + EPISODE_GAP and a <= last + EPISODE_GAP:
                    return False
        for k in keys:
            self.reserved.setdefault(k, []).append((first, last))
        return True

    def release(self, keys, first, last):
        for k in keys:
            self.reserved[k].remove((first, last))

    def lot(self, g):
        lo, hi = g[4]
        q = self.rng.randint(lo, hi)
        if q >= 1000:
            q = q // 10 * 10
        return q

    def onward_total(self, q, low=0.92, high=1.05):
        if q < 10:
            return q
        return max(1, int(round(q * self.rng.uniform(low, high))))

    def split(self, total, parts):
        """Parts in date order; the last carries 30-50%, every other at least 10% of the total."""
        last = self.rng.uniform(0.30, 0.50)
        rest = [self.rng.uniform(1.0, 3.0) for _ in range(parts - 1)]
        scale = (1 - last) / sum(rest)
        fractions = [r * scale for r in rest] + [last]
        if min(fractions) < 0.10:
            return None
        amounts = [max(1, int(round(total * f))) for f in fractions]
        amounts[-1] = total - sum(amounts[:-1])
        if amounts[-1] < 0.3 * total:
            return None
        return amounts

    def pick(self, role, country=None, exclude=()):
        pool = [e for e in self.entities if e["role"] == role and (country is None or e["country"] == country)
                and e["id"] not in exclude]
        return self.rng.choice(pool)

    # ---- episodes ----
    def try_chain(self, kind, goods_pool, label):
        """Plants supplier -> X [-> X2] -> buyers; returns the shipments in route order or None."""
        g = self.rng.choice(goods_pool)
        hs6 = g[0]
        supplier = self.pick("supplier")
        x1 = self.pick("trader")
        q = self.lot(g)
        split_parts = 1
        if kind == "split" or (kind == "two" and self.rng.random() < 0.35):
            if q < 50:
                return None
            split_parts = self.rng.randint(2, 4)
        d1 = self.rng.randint(0, DAYS - 200)
        route = [x1]
        if kind == "two":
            x2 = self.pick("trader", exclude=(x1["id"],))
            if x2["country"] == x1["country"]:
                return None
            route.append(x2)
        hops_days = [d1]
        for _ in route:
            hops_days.append(hops_days[-1] + self.rng.randint(4, 85))
        # the last trader's onward shipments: within 85 days of the hop that brought the goods
        last_in = hops_days[-2]
        if split_parts > 1:
            offsets = sorted(self.rng.sample(range(3, 86), split_parts))
        else:
            offsets = [hops_days[-1] - last_in]
        onward_days = [last_in + o for o in offsets]
        last_day = onward_days[-1]
        hs4 = hs6[:4]
        if not self.reserve([(x["id"], hs4) for x in route], d1, last_day):
            return None
        shipments = [self.ship(d1, supplier, x1, hs6, q, supplier["country"])]
        ref = q
        onward_hs = hs6
        if kind == "two":
            q2 = self.onward_total(q, 0.95, 1.02)
            shipments.append(self.ship(hops_days[1], x1, route[1], hs6, q2, supplier["country"], 1.15))
            ref = q2
        if label == "chain" and hs6 in SIBLING and self.rng.random() < 0.12:
            onward_hs = SIBLING[hs6]
        total = self.onward_total(ref)
        amounts = [total] if split_parts == 1 else self.split(total, split_parts)
        if amounts is None:
            self.release([(x["id"], hs4) for x in route], d1, last_day)
            del self.shipments[-len(shipments):]  # the legs just written, last in the list
            return None
        buyers = [self.pick("buyer")]
        for _ in amounts[1:]:
            buyers.append(buyers[-1] if self.rng.random() < 0.5 else self.pick("buyer"))
        for day, amount, buyer in zip(onward_days, amounts, buyers):
            shipments.append(self.ship(day, route[-1], buyer, onward_hs, amount, supplier["country"], 1.35))
        return shipments

    def plant(self, kind, goods_pool, label, into, tries=200):
        for _ in range(tries):
            shipments = self.try_chain(kind, goods_pool, label)
            if shipments:
                into.append({"kind": kind if label == "chain" else label, "shipments": shipments})
                return True
        raise RuntimeError("could not place a %s %s" % (label, kind))

    def decoy_late_or_half(self, label):
        for _ in range(200):
            g = self.rng.choice(DUAL_USE)
            supplier, x, buyer = self.pick("supplier"), self.pick("trader"), self.pick("buyer")
            q = self.lot(g)
            if label == "half" and q < 20:
                continue
            d1 = self.rng.randint(0, DAYS - 220)
            if label == "late":
                d2, q2 = d1 + self.rng.randint(100, 200), self.onward_total(q)
            else:
                d2 = d1 + self.rng.randint(4, 80)
                q2 = max(1, int(round(q * self.rng.choice([0.5, 1.5]) * self.rng.uniform(0.97, 1.03))))
            if not self.reserve([(x["id"], g[0][:4])], d1, d2):
                continue
            a = self.ship(d1, supplier, x, g[0], q, supplier["country"])
            b = self.ship(d2, x, buyer, g[0], q2, supplier["country"], 1.3)
            self.decoys.append({"kind": label, "shipments": [a, b]})
            return
        raise RuntimeError("could not place a %s decoy" % label)

    def decoy_domestic(self):
        for _ in range(200):
            g = self.rng.choice(LOCAL_GOODS)
            producer = self.pick("producer")
            traders = [e for e in self.entities if e["role"] == "trader" and e["country"] == producer["country"]]
            if not traders:
                continue
            x, buyer = self.rng.choice(traders), self.pick("buyer")
            q = self.lot(g)
            d1 = self.rng.randint(0, DAYS - 100)
            d2 = d1 + self.rng.randint(4, 80)
            if not self.reserve([(x["id"], g[0][:4])], d1, d2):
                continue
            a = self.ship(d1, producer, x, g[0], q, producer["country"])
            b = self.ship(d2, x, buyer, g[0], self.onward_total(q), producer["country"], 1.1)
            self.decoys.append({"kind": "domestic", "shipments": [a, b]})
            return
        raise RuntimeError("could not place a domestic decoy")

    def legit_episode(self):
        for _ in range(200):
            g = self.rng.choice(DUAL_USE + FOOD_MED)
            supplier, x = self.pick("supplier"), self.pick("trader")
            q = self.lot(g)
            d1 = self.rng.randint(0, DAYS - 120)
            sales = self.rng.randint(1, 3)
            days = sorted(d1 + self.rng.randint(3, 110) for _ in range(sales))
            if not self.reserve([(x["id"], g[0][:4])], d1, days[-1]):
                continue
            self.ship(d1, supplier, x, g[0], q, supplier["country"])
            left = q
            for i, day in enumerate(days):
                amount = left if i == sales - 1 else max(1, left // self.rng.randint(2, 4))
                if amount <= 0:
                    break
                left -= amount
                if self.rng.random() < 0.75:
                    customer = self.pick("end_user", country=x["country"])
                else:
                    customer = self.pick("end_user_abroad")
                self.ship(day, x, customer, g[0], amount, supplier["country"], 1.25)
            return
        # a trader with no room left: the episode goes to an end user directly
        self.direct_to_end_user()

    def direct_to_end_user(self):
        g = self.rng.choice(DUAL_USE + FOOD_MED)
        supplier = self.pick("supplier")
        customer = self.pick(self.rng.choice(["end_user", "end_user_abroad"]))
        self.ship(self.rng.randint(0, DAYS), supplier, customer, g[0], self.lot(g), supplier["country"])

    def background(self):
        # producers' own exports to Russia and Belarus
        for _ in range(160):
            g = self.rng.choice(LOCAL_GOODS)
            p = self.pick("producer")
            self.ship(self.rng.randint(0, DAYS), p, self.pick("buyer"), g[0], self.lot(g), p["country"])
        # food and medicine straight from the EU to Russia (not sanctioned)
        for _ in range(140):
            g = self.rng.choice(FOOD_MED)
            s = self.pick("supplier")
            self.ship(self.rng.randint(0, DAYS), s, self.pick("buyer"), g[0], self.lot(g), s["country"])
        # suppliers' sales to end users at home abroad and in the transit countries
        for _ in range(500):
            self.direct_to_end_user()

    def build(self):
        for c in SUPPLIER_COUNTRIES:
            for _ in range(4):
                self.entity(c, "supplier")
        for c in TRANSIT_COUNTRIES:
            for _ in range(6):
                self.entity(c, "trader")
            for _ in range(6):
                self.entity(c, "end_user")
        for c in THIRD_COUNTRIES:
            for _ in range(3):
                self.entity(c, "end_user_abroad")
        for _ in range(48):
            self.entity(self.rng.choice(BUYER_COUNTRIES), "buyer")
        for c in PRODUCER_COUNTRIES:
            for _ in range(3):
                self.entity(c, "producer")

        plan = ["single"] * 30 + ["split"] * 15 + ["two"] * 15
        self.rng.shuffle(plan)
        for kind in plan:
            self.plant(kind, DUAL_USE, "chain", self.chains)
        for i in range(12):
            self.plant(self.rng.choice(["single", "split"]), FOOD_MED, "food", self.decoys)
        for _ in range(15):
            self.decoy_late_or_half("late")
        for _ in range(15):
            self.decoy_late_or_half("half")
        for _ in range(8):
            self.decoy_domestic()
        for _ in range(450):
            self.legit_episode()
        self.background()
        # Declaration numbers: customs post of the declaring side, release date, a serial in no planted order.
        serials = self.rng.sample(range(10000, 9999999), len(self.shipments))
        for s, serial in zip(self.shipments, serials):
            declaring = s["importer"]["country"] if s["importer"]["country"] in CUSTOMS_POSTS \
                else s["exporter"]["country"]
            post = self.rng.choice(CUSTOMS_POSTS.get(declaring, ["10702070"]))
            date = START + datetime.timedelta(days=s["day"])
            s["id"] = "%s/%s/%07d" % (post, date.strftime("%d%m%y"), serial)
        self.shipments.sort(key=lambda s: (s["day"], s["id"]))
        for group in self.chains + self.decoys:
            group["shipments"] = [s["id"] for s in group["shipments"]]
        for i, c in enumerate(self.chains):
            c["id"] = "P%02d" % (i + 1)
        problems = verify_key(self)
        if problems:
            raise RuntimeError("the answer key contradicts its own rule:\n  " + "\n  ".join(problems))


# ---- the answer key checked against the rule it claims (DOMAIN.md, T3), without Caravan ----

WINDOW = 90
TOLERANCE = 0.20
FOOD_CHAPTERS = {"%02d" % c for c in range(1, 25)} | {"30"}


def verify_key(world):
    """Every planted chain satisfies T3 as DOMAIN.md words it; every decoy breaks it in its own way.
    Returns a list of problems (empty when the key is sound)."""
    by_id = {s["id"]: s for s in world.shipments}
    problems = []

    def hops(ids):
        ss = [by_id[i] for i in ids]
        inbound, rest = ss[0], ss[1:]
        middle = [s for s in rest if s["importer"]["role"] == "trader"]
        onward = [s for s in rest if s["importer"]["role"] != "trader"]
        return inbound, middle, onward

    def t3(ids):
        inbound, middle, onward = hops(ids)
        why = []
        legs = [inbound] + middle
        for a, b in zip(legs, legs[1:]):
            if not 0 < b["day"] - a["day"] <= WINDOW:
                why.append("middle hop %d days after the inbound" % (b["day"] - a["day"]))
            if abs(b["qty"] - a["qty"]) > TOLERANCE * a["qty"]:
                why.append("middle hop quantity off")
            if a["importer"] is not b["exporter"] or b["importer"]["country"] == a["importer"]["country"]:
                why.append("middle hop does not pass the goods on to another country")
        ref = legs[-1]
        if inbound["exporter"]["country"] == inbound["importer"]["country"]:
            why.append("inbound is a domestic sale")
        if inbound["importer"]["country"] not in TRANSIT_COUNTRIES:
            why.append("inbound not into a transit country")
        for s in onward:
            if s["exporter"] is not ref["importer"] or s["importer"]["country"] not in ("RU", "BY"):
                why.append("onward leg not from the last intermediary to RU/BY")
            if not 0 < s["day"] - ref["day"] <= WINDOW:
                why.append("onward leg %d days after the goods arrived" % (s["day"] - ref["day"]))
            if s["hs6"][:4] != ref["hs6"][:4]:
                why.append("onward leg in another HS-4 heading")
        total = sum(s["qty"] for s in onward)
        if abs(total - ref["qty"]) > TOLERANCE * ref["qty"]:
            why.append("onward quantity %s vs %s received" % (total, ref["qty"]))
        if len(onward) > 1:
            running = 0
            for s in onward[:-1]:
                running += s["qty"]
                if abs(running - ref["qty"]) <= TOLERANCE * ref["qty"]:
                    why.append("an earlier run of onward parts already matches")
            if any(abs(s["qty"] - ref["qty"]) <= TOLERANCE * ref["qty"] for s in onward):
                why.append("a single onward part already matches")
        if inbound["hs6"][:2] in FOOD_CHAPTERS:
            why.append("food or medicine")
        return why

    for c in world.chains:
        why = t3(c["shipments"])
        if why:
            problems.append("planted %s %s: %s" % (c["id"], c["kind"], "; ".join(why)))
    expected = {"food": "food or medicine", "late": "days after the goods arrived", "half": "onward quantity",
                "domestic": "inbound is a domestic sale"}
    for d in world.decoys:
        why = t3(d["shipments"])
        if not any(expected[d["kind"]] in w for w in why):
            problems.append("decoy %s %s does not break the rule as it should: %s" % (d["kind"], d["shipments"], why))
    return problems


# ---- rewrites ----

def fmt_number(x, decimal="."):
    if isinstance(x, int) or float(x).is_integer():
        text = str(int(x))
    else:
        text = ("%.3f" % x).rstrip("0").rstrip(".")
    return text.replace(".", decimal)


def decide_rewrites(world, seed):
    """Every rewrite choice, drawn once, so that `all` makes exactly the choices of each single rewrite."""
    rng = random.Random(seed * 7919 + 15)
    choices = {}
    for s in world.shipments:
        west = s["exporter"]["country"] in SUPPLIER_COUNTRIES
        table = UNITS_WEST if west else UNITS_EAEU
        unit = rng.choice(table[s["measure"]])
        qty = s["qty"]
        if s["measure"] == "kg" and qty >= 1000 and rng.random() < 0.25:
            unit, qty = rng.choice(TONNES), qty / 1000.0
        elif s["measure"] == "pcs" and qty >= 1000 and rng.random() < 0.25:
            unit, qty = rng.choice(THOUSAND_PIECES), qty / 1000.0
        blank = rng.random() < (0.5 if s["measure"] == "kg" else 0.3)
        choices[s["id"]] = {"unit": unit, "qty": qty, "blank": blank}
    no_country = set()
    for e in world.entities:
        if e["role"] == "buyer" and rng.random() < 1 / 3:
            no_country.add(e["id"])
        if e["role"] == "trader" and rng.random() < 1 / 4:
            no_country.add(e["id"])
    return choices, no_country


CLEAN_UNIT = {"pcs": "pcs", "kg": "kg", "set": "set"}


def shipment_rows(world, choices, units, quantities):
    rows = []
    for s in world.shipments:
        c = choices[s["id"]]
        unit, qty = CLEAN_UNIT[s["measure"]], s["qty"]
        if units:
            unit, qty = c["unit"], c["qty"]
        if quantities and c["blank"]:
            unit, qty = "", ""
        west = s["exporter"]["country"] in SUPPLIER_COUNTRIES
        hs = s["hs6"][:4] + "." + s["hs6"][4:] if west else s["hs6"] + "0000"
        g = GOODS[s["hs6"]]
        rows.append({
            "id": s["id"], "date": (START + datetime.timedelta(days=s["day"])).isoformat(),
            "exporter": s["exporter"]["id"], "importer": s["importer"]["id"], "hs_code": hs,
            "description": g[5] if west else g[6], "quantity": qty, "unit": unit, "weight_kg": s["weight"],
            "value": s["value"], "currency": s["currency"], "origin_country": s["origin"],
            "destination_country": s["importer"]["country"], "transit_countries": "",
            "dispatch_country": s["exporter"]["country"],
        })
    return rows


def entity_rows(world, no_country):
    return [{"id": e["id"], "type": "Company", "name": e["name"], "aliases": "",
             "country": "" if e["id"] in no_country else e["country"], "identifiers": e["identifiers"],
             "incorporation_date": "", "address": ""} for e in world.entities]


ENTITY_COLUMNS = ["id", "type", "name", "aliases", "country", "identifiers", "incorporation_date", "address"]
SHIPMENT_COLUMNS = ["id", "date", "exporter", "importer", "hs_code", "description", "quantity", "unit", "weight_kg",
                    "value", "currency", "origin_country", "destination_country", "transit_countries"]


def write_caravan_csv(path, columns, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([fmt_number(r[c]) if isinstance(r[c], (int, float)) else r[c] for c in columns])


EXTRACT_COLUMNS = ["Номер ДТ", "Дата выпуска", "Отправитель (код)", "Наименование отправителя",
                   "Страна отправления", "Получатель (код)", "Наименование получателя", "Страна назначения",
                   "Код ТН ВЭД", "Описание товара", "Страна происхождения", "Вес нетто, кг", "Кол-во в доп. ед.",
                   "Доп. ед. изм.", "Фактурная стоимость", "Валюта"]


# The hand-written column mapping of the extract (the control: the reader itself reads the extract right).
EXTRACT_MAPPING = {
    "caravan_mapping": 1, "kind": "shipments",
    "columns": {"id": "Номер ДТ", "date": "Дата выпуска", "exporter": "Отправитель (код)",
                "importer": "Получатель (код)", "hs_code": "Код ТН ВЭД", "description": "Описание товара",
                "quantity": "Кол-во в доп. ед.", "unit": "Доп. ед. изм.", "weight_kg": "Вес нетто, кг",
                "value": "Фактурная стоимость", "currency": "Валюта", "origin_country": "Страна происхождения",
                "destination_country": "Страна назначения"},
    "date_format": "dd.MM.yyyy", "decimal_separator": ",", "list_separator": ";", "create_parties": False,
}


def write_extract(path, world, rows, country_names=False):
    names = {e["id"]: e["name"] for e in world.entities}

    def country(code):
        return COUNTRY_RU[code] if country_names else code

    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\r\n")
    w.writerow(EXTRACT_COLUMNS)
    for r in rows:
        y, m, d = r["date"].split("-")
        hs = "".join(ch for ch in r["hs_code"] if ch.isdigit()).ljust(10, "0")
        qty = r["quantity"]
        w.writerow([r["id"], "%s.%s.%s" % (d, m, y), r["exporter"], names[r["exporter"]], country(r["dispatch_country"]),
                    r["importer"], names[r["importer"]], country(r["destination_country"]), hs, r["description"],
                    country(r["origin_country"]), fmt_number(r["weight_kg"], ","),
                    fmt_number(qty, ",") if qty != "" else "", r["unit"], fmt_number(r["value"], ","),
                    r["currency"]])
    with open(path, "wb") as f:
        f.write(out.getvalue().encode("cp1251"))


def write_all(world, out_dir, seed):
    choices, no_country = decide_rewrites(world, seed)
    flags = {"clean": (False, False, False), "units": (True, False, False), "quantities": (False, True, False),
             "countries": (False, False, True), "all": (True, True, True)}
    rows_of = {}
    for version, (units, quantities, countries) in flags.items():
        d = os.path.join(out_dir, version)
        os.makedirs(d, exist_ok=True)
        rows = shipment_rows(world, choices, units, quantities)
        rows_of[version] = rows
        write_caravan_csv(os.path.join(d, "entities.csv"), ENTITY_COLUMNS,
                          entity_rows(world, no_country if countries else set()))
        write_caravan_csv(os.path.join(d, "shipments.csv"), SHIPMENT_COLUMNS, rows)
    for version, base, countries in (("extract", "all", True), ("extract-clean", "clean", False),
                                     ("extract-names", "all", True)):
        d = os.path.join(out_dir, version)
        os.makedirs(d, exist_ok=True)
        write_caravan_csv(os.path.join(d, "entities.csv"), ENTITY_COLUMNS,
                          entity_rows(world, no_country if countries else set()))
        write_extract(os.path.join(d, "extract.csv"), world, rows_of[base], version == "extract-names")
        with open(os.path.join(d, "mapping.json"), "w", encoding="utf-8") as f:
            json.dump(EXTRACT_MAPPING, f, ensure_ascii=False, indent=1)
    key = {
        "seed": seed,
        "held_out": seed == HELD_OUT_SEED,
        "shipments": len(world.shipments),
        "entities": len(world.entities),
        "chains": world.chains,
        "decoys": world.decoys,
        "rewrites": {
            "entities_without_country": sorted(no_country),
            "quantities_blanked": sum(1 for c in choices.values() if c["blank"]),
            "converted_to_tonnes_or_thousands": sum(1 for s in world.shipments
                                                    if choices[s["id"]]["qty"] != s["qty"]),
        },
    }
    with open(os.path.join(out_dir, "answer_key.json"), "w", encoding="utf-8") as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return key


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=HELD_OUT_SEED,
                        help="world seed (default: the held-out acceptance seed %d; develop with %d)"
                        % (HELD_OUT_SEED, DEV_SEED))
    args = parser.parse_args(argv)
    world = World(args.seed)
    world.build()
    key = write_all(world, args.out_dir, args.seed)
    print("seed %d: %d entities, %d shipments, %d planted chains, %d decoys -> %s"
          % (args.seed, key["entities"], key["shipments"], len(key["chains"]), len(key["decoys"]), args.out_dir))


if __name__ == "__main__":
    main(sys.argv[1:])
