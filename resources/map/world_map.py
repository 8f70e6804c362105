#!/usr/bin/env python3
"""Turns Natural Earth country shapes (world-atlas TopoJSON, public domain) into Caravan's compact map resource.

Run by CMake at build time (models/CMakeLists.txt); nothing is downloaded at run time. The output, little-endian:
  "CVWM", uint16 version (1), uint16 country count, then per country:
  uint16 ISO 3166 numeric code (0: a shape without one, such as Kosovo), uint16 ring count, then per ring:
  uint16 point count, and that many (int16 longitude, int16 latitude) in hundredths of a degree.
The core maps the numeric codes to alpha-2 with its own country table (models/import/CountryNames).
Rings are the decoded TopoJSON arcs; points closer than --tolerance degrees to the last kept one are dropped.
"""
import argparse
import json
import struct
import sys


def decode_arcs(topology):
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for position in arc:
            if transform:
                x += position[0]
                y += position[1]
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                points.append((x * sx + tx, y * sy + ty))
            else:
                points.append((position[0], position[1]))
        arcs.append(points)
    return arcs


def ring_points(arcs, indices):
    points = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        # Consecutive arcs share their joining point.
        points.extend(arc if not points else arc[1:])
    return points


def unwrap(points):
    """The ring with longitudes made continuous: a ring crossing the antimeridian runs past ±180."""
    out = [points[0]]
    for lon, lat in points[1:]:
        previous = out[-1][0]
        while lon - previous > 180:
            lon -= 360
        while lon - previous < -180:
            lon += 360
        out.append((lon, lat))
    return out


def clip(points, inside, boundary):
    """Sutherland-Hodgman: the part of a closed ring on one side of the meridian `boundary`."""
    out = []
    for i, current in enumerate(points):
        previous = points[i - 1]
        if inside(current[0]):
            if not inside(previous[0]):
                out.append(crossing(previous, current, boundary))
            out.append(current)
        elif inside(previous[0]):
            out.append(crossing(previous, current, boundary))
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def crossing(a, b, boundary):
    t = (boundary - a[0]) / (b[0] - a[0])
    return (boundary, a[1] + t * (b[1] - a[1]))


def split_at_antimeridian(points):
    """Rings that cross ±180 (Russia's Chukotka, Fiji) cut in two; a ring around a pole (Antarctica) closed along it.
    Drawn as they come, such rings would streak across the whole map."""
    ring = unwrap(points)
    if abs(ring[-1][0] - ring[0][0]) > 180:
        pole = -90 if sum(lat for _, lat in ring) < 0 else 90
        ring = ring + [(ring[-1][0], pole), (ring[0][0], pole), ring[0]]
    low = min(lon for lon, _ in ring)
    high = max(lon for lon, _ in ring)
    if high > 180:
        east = clip(ring, lambda lon: lon >= 180, 180)
        return [clip(ring, lambda lon: lon <= 180, 180), [(lon - 360, lat) for lon, lat in east]]
    if low < -180:
        west = clip(ring, lambda lon: lon <= -180, -180)
        return [clip(ring, lambda lon: lon >= -180, -180), [(lon + 360, lat) for lon, lat in west]]
    return [ring]


def simplify(points, tolerance):
    if len(points) < 8:
        return points
    kept = [points[0]]
    for p in points[1:-1]:
        last = kept[-1]
        if abs(p[0] - last[0]) >= tolerance or abs(p[1] - last[1]) >= tolerance:
            kept.append(p)
    kept.append(points[-1])
    return kept if len(kept) >= 4 else points


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("topojson", help="world-atlas countries-50m.json or countries-110m.json")
    parser.add_argument("output")
    parser.add_argument("--tolerance", type=float, default=0.04)
    args = parser.parse_args()
    with open(args.topojson, encoding="utf-8") as f:
        topology = json.load(f)
    arcs = decode_arcs(topology)
    countries = {}
    order = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = int(geometry["id"]) if str(geometry.get("id", "")).isdigit() else 0
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = []
        for polygon in polygons:
            for ring in polygon:
                for part in split_at_antimeridian(ring_points(arcs, ring)):
                    points = simplify(part, args.tolerance)
                    if len(points) >= 4:
                        rings.append(points)
        if not rings:
            continue
        # Several shapes may share a code (Australia and its islands): one country, all rings.
        key = code if code else -len(order) - 1
        if key not in countries:
            countries[key] = (code, [])
            order.append(key)
        countries[key][1].extend(rings)

    out = bytearray(b"CVWM")
    out += struct.pack("<HH", 1, len(order))
    total = 0
    for key in order:
        code, rings = countries[key]
        out += struct.pack("<HH", code, len(rings))
        for ring in rings:
            out += struct.pack("<H", len(ring))
            for lon, lat in ring:
                out += struct.pack("<hh", round(lon * 100), round(lat * 100))
            total += len(ring)
    with open(args.output, "wb") as f:
        f.write(out)
    print(f"world map: {len(order)} countries, {total} points, {len(out)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
