"""Fuzzing the applicant-file and rule-pack loaders: random and mutated files give a clear error, never a crash."""

import json
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from simulator import cities
from simulator.paths import examples_dir
from simulator.profile import ProfileFileError, load_profile
from simulator.rules import PackError, load_pack_file

EXAMPLES = [p.read_bytes() for p in sorted(examples_dir().glob("*.json"))]
PACKS = [p.read_bytes() for p in sorted(cities.get("beijing").packs_dir.glob("20*.toml"))]
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


def mutate_bytes(data: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(4)
        pos = rng.randrange(len(buf)) if buf else 0
        if op == 0 and buf:
            buf[pos] = rng.randrange(256)
        elif op == 1:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 4)))
        elif op == 2 and buf:
            del buf[pos : pos + rng.randint(1, 16)]
        else:
            buf = buf[: rng.randrange(len(buf) + 1)]
    return bytes(buf)


def replace_somewhere(tree, seed: int, value):
    """Replace one randomly chosen node of a JSON tree with `value`."""
    rng = random.Random(seed)
    paths = []

    def walk(node, path):
        paths.append(path)
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, path + (k,))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, path + (i,))

    walk(tree, ())
    path = rng.choice(paths[1:])
    node = tree
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return tree


def load_bytes(tmp_path, data: bytes, loader, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    return loader(path)


def expect_clean(tmp_path, data, loader, error, suffix):
    try:
        load_bytes(tmp_path, data, loader, suffix)
    except error as exc:
        assert exc.problems and all(isinstance(p, str) and p for p in exc.problems)


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_as_an_applicant_file(tmp_path, data):
    expect_clean(tmp_path, data, load_profile, ProfileFileError, ".json")


@FUZZ
@given(st.sampled_from(range(len(EXAMPLES))), st.integers(0, 2**32))
def test_byte_mutations_of_real_applicant_files(tmp_path, index, seed):
    expect_clean(tmp_path, mutate_bytes(EXAMPLES[index], seed), load_profile, ProfileFileError, ".json")


@FUZZ
@given(st.sampled_from(range(len(EXAMPLES))), st.integers(0, 2**32), json_values)
def test_structural_mutations_of_real_applicant_files(tmp_path, index, seed, value):
    tree = replace_somewhere(json.loads(EXAMPLES[index]), seed, value)
    expect_clean(tmp_path, json.dumps(tree).encode(), load_profile, ProfileFileError, ".json")


@FUZZ
@given(st.sampled_from(range(len(PACKS))), st.integers(0, 2**32))
def test_byte_mutations_of_rule_packs(tmp_path, index, seed):
    expect_clean(tmp_path, mutate_bytes(PACKS[index], seed), load_pack_file, PackError, ".toml")


@FUZZ
@given(st.sampled_from(range(len(PACKS))), st.integers(0, 2**32))
def test_line_mutations_of_rule_packs(tmp_path, index, seed):
    rng = random.Random(seed)
    lines = PACKS[index].decode().splitlines()
    for _ in range(rng.randint(1, 4)):
        i = rng.randrange(len(lines))
        choice = rng.randrange(3)
        if choice == 0:
            del lines[i]
        elif choice == 1:
            lines[i] = lines[i].replace('"', "", 1)
        else:
            lines[i] = lines[i].replace("value = ", "value = -", 1)
    expect_clean(tmp_path, "\n".join(lines).encode(), load_pack_file, PackError, ".toml")
