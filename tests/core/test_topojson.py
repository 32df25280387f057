"""TopoJSON decoding: a hand-made topology checked point by point, then the shipped world map."""

from __future__ import annotations

import json

import numpy as np
import pytest

from ally_explorer import paths
from ally_explorer.core import topojson
from ally_explorer.core.topojson import TopologyError

WORLD = paths.resources_dir() / "geo" / "countries-110m.json"

# Two 1° squares side by side, lon 10..12 and lat 20..21, quantized with scale 0.5 from (10, 20).
# Arc 0 is their shared border, (11, 20) -> (11, 21); arc 1 the left square's other three sides;
# arc 2 the right square's. Every arc is delta-encoded in quantized units.
TINY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
    "arcs": [
        [[2, 0], [0, 2]],  # (11, 20) -> (11, 21)
        [[2, 2], [-2, 0], [0, -2], [2, 0]],  # (11, 21) -> (10, 21) -> (10, 20) -> (11, 20)
        [[2, 0], [2, 0], [0, 2], [-2, 0]],  # (11, 20) -> (12, 20) -> (12, 21) -> (11, 21)
    ],
    "objects": {
        "countries": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "id": "001", "properties": {"name": "Left"}},
                {"type": "Polygon", "arcs": [[2, -1]], "id": "002", "properties": {"name": "Right"}},
                {"type": "Polygon", "arcs": [[1]], "properties": {"name": "No id"}},
                {"type": None, "id": "003"},
            ],
        }
    },
}


def test_arcs_are_delta_decoded_and_transformed():
    arcs = topojson.decode_arcs(TINY)
    assert arcs[0].tolist() == [[11.0, 20.0], [11.0, 21.0]]
    assert arcs[2].tolist() == [[11.0, 20.0], [12.0, 20.0], [12.0, 21.0], [11.0, 21.0]]


def test_rings_follow_arcs_and_reverse_negative_indices():
    left, right, no_id = topojson.decode(TINY)
    assert (left.id, left.name) == ("001", "Left")
    assert left.polygons[0][0].tolist() == [[11, 20], [11, 21], [10, 21], [10, 20], [11, 20]]
    # ~0 == -1: the shared border walked downwards closes the right square.
    assert right.polygons[0][0].tolist() == [[11, 20], [12, 20], [12, 21], [11, 21], [11, 20]]
    assert right.bounds() == (11.0, 20.0, 12.0, 21.0)
    assert no_id.id is None and no_id.name == "No id"


def test_null_geometries_are_skipped():
    assert [s.name for s in topojson.decode(TINY)] == ["Left", "Right", "No id"]


def test_an_unquantized_topology_keeps_its_coordinates():
    plain = dict(TINY, transform=None, arcs=[[[0, 0], [5, 0], [5, 5], [0, 0]]])
    plain["objects"] = {"countries": {"type": "Polygon", "arcs": [[0]], "id": "9"}}
    (shape,) = topojson.decode(plain)
    assert shape.polygons[0][0].tolist() == [[0, 0], [5, 0], [5, 5], [0, 0]]


@pytest.mark.parametrize(
    "broken, message",
    [
        ({"type": "FeatureCollection"}, "not a TopoJSON topology"),
        ({**TINY, "objects": {}}, "no object named 'countries'"),
        ({**TINY, "arcs": TINY["arcs"][:1]}, "refers to arcs that are not there"),
    ],
)
def test_bad_topologies_are_refused_with_a_reason(broken, message):
    with pytest.raises(TopologyError, match=message):
        topojson.decode(broken)


def test_a_file_that_is_not_json_is_refused(tmp_path):
    path = tmp_path / "map.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(TopologyError, match="map.json is not a JSON file"):
        topojson.load(path)


@pytest.fixture(scope="module")
def world():
    return topojson.load(WORLD)


def test_the_world_map_has_177_countries_three_without_an_id(world):
    assert len(world) == 177
    assert sorted(s.name for s in world if s.id is None) == ["Kosovo", "N. Cyprus", "Somaliland"]


def test_every_ring_is_closed_and_in_degrees(world):
    for shape in world:
        for polygon in shape.polygons:
            for ring in polygon:
                assert len(ring) >= 4, shape.name
                assert (ring[0] == ring[-1]).all(), shape.name
                assert (np.abs(ring[:, 0]) <= 180).all() and (np.abs(ring[:, 1]) <= 90).all(), shape.name


def test_known_countries_are_where_they_should_be(world):
    by_id = {s.id: s for s in world}
    x0, y0, x1, y1 = by_id["643"].bounds()  # Russia crosses the antimeridian
    assert by_id["643"].name == "Russia" and x0 == -180 and x1 == pytest.approx(180, abs=0.01)
    assert 41 < y0 < 42 and 81 < y1 < 82
    x0, y0, x1, y1 = by_id["112"].bounds()  # Belarus
    assert 23 < x0 < 24 and 32 < x1 < 33 and 51 < y0 < 52 and 56 < y1 < 57
    south_africa = by_id["710"]
    assert len(south_africa.polygons[0]) == 2  # the outline and Lesotho's hole
    assert len(by_id["242"].polygons) == 2  # Fiji, cut at 180°


def test_the_shipped_file_is_the_vendored_world_atlas():
    doc = json.loads(WORLD.read_text(encoding="utf-8"))
    assert doc["type"] == "Topology" and set(doc["objects"]) == {"countries", "land"}
