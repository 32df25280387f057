"""Decode TopoJSON country outlines into rings of (longitude, latitude), with no GIS library.

TopoJSON stores every border once, as an "arc" shared by the two countries it separates. In a
quantized file the arcs are integer points, each one a delta from the previous point, and the
file's ``transform`` turns them back into degrees. A polygon ring is a list of arc indices; a
negative index ``~i`` means arc ``i`` walked backwards. Consecutive arcs share their end point,
which is dropped once when they are joined.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import AllyError


class TopologyError(AllyError):
    """The file is not TopoJSON this decoder can read."""


Ring = np.ndarray  # shape (n, 2): longitude, latitude in degrees; first point == last point
Polygon = tuple[Ring, ...]  # the outer ring, then any holes


@dataclass(frozen=True)
class Shape:
    """One geometry of the file: a country (or an area without an ISO code)."""

    id: str | None  # the file's id: ISO 3166-1 numeric as a string ("643"), None if it has none
    name: str
    polygons: tuple[Polygon, ...]

    def bounds(self) -> tuple[float, float, float, float]:
        """(min lon, min lat, max lon, max lat) over every ring."""
        points = np.vstack([ring for polygon in self.polygons for ring in polygon])
        (x0, y0), (x1, y1) = points.min(axis=0), points.max(axis=0)
        return float(x0), float(y0), float(x1), float(y1)


def decode_arcs(topology: dict[str, Any]) -> list[np.ndarray]:
    """Every arc as absolute (lon, lat) points: undo the delta encoding, then the quantization."""
    transform = topology.get("transform")
    arcs = []
    for i, arc in enumerate(topology.get("arcs", ())):
        points = np.asarray(arc, dtype=float)
        if points.ndim != 2 or points.shape[1] < 2 or len(points) == 0:
            raise TopologyError(f"arc {i} is not a list of [x, y] points")
        points = points[:, :2]
        if transform:
            points = np.cumsum(points, axis=0)
            points = points * np.asarray(transform["scale"], float) + np.asarray(transform["translate"], float)
        arcs.append(points)
    return arcs


def _ring(indices: Sequence[int], arcs: list[np.ndarray]) -> Ring:
    parts = []
    for n, index in enumerate(indices):
        arc = arcs[~index][::-1] if index < 0 else arcs[index]
        parts.append(arc if n == 0 else arc[1:])
    return np.vstack(parts)


def _polygons(geometry: dict[str, Any], arcs: list[np.ndarray]) -> tuple[Polygon, ...]:
    kind = geometry.get("type")
    try:
        if kind == "Polygon":
            return (tuple(_ring(ring, arcs) for ring in geometry["arcs"]),)
        if kind == "MultiPolygon":
            return tuple(tuple(_ring(ring, arcs) for ring in polygon) for polygon in geometry["arcs"])
    except (IndexError, KeyError, TypeError) as e:
        raise TopologyError(f"geometry {geometry.get('id')!r} refers to arcs that are not there ({e})") from None
    return ()  # points, lines and null geometries have no area to draw


def decode(topology: dict[str, Any], object_name: str = "countries") -> list[Shape]:
    """The geometries of one object of the topology, in file order, as polygons in degrees."""
    if topology.get("type") != "Topology":
        raise TopologyError("not a TopoJSON topology (its type is not “Topology”)")
    try:
        collection = topology["objects"][object_name]
    except KeyError:
        raise TopologyError(f"the topology has no object named {object_name!r}") from None
    arcs = decode_arcs(topology)
    geometries = collection.get("geometries", [collection])
    shapes = []
    for geometry in geometries:
        polygons = _polygons(geometry, arcs)
        if not polygons:
            continue
        raw_id = geometry.get("id")
        name = (geometry.get("properties") or {}).get("name") or ""
        shapes.append(Shape(None if raw_id is None else str(raw_id), name, polygons))
    return shapes


def load(path: str | Path, object_name: str = "countries") -> list[Shape]:
    """Read and decode a TopoJSON file."""
    path = Path(path)
    try:
        topology = json.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise TopologyError(f"{path} cannot be read: {e.strerror or e}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise TopologyError(f"{path.name} is not a JSON file ({e})") from None
    return decode(topology, object_name)


__all__ = ["Shape", "TopologyError", "decode", "decode_arcs", "load"]
