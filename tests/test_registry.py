"""The registry: versions by date, lookups with suggestions, one entry per rule."""

from datetime import date

import pytest

import regulamin
from regulamin.decision import Text
from regulamin.errors import InvalidFacts, LawNotCovered, UnknownRule
from regulamin.law import UOPK
from regulamin.registry import KeyDate, Registry


def _registry_with_two_versions() -> Registry:
    registry = Registry()
    name = Text("Przykład", "Example")

    @registry.register(
        "example.period",
        title=name,
        summary=name,
        basis=(UOPK.art("27"),),
        valid_from=date(2014, 12, 25),
        valid_until=date(2022, 12, 31),
    )
    def old() -> int:
        return 14

    @registry.register("example.period", basis=(UOPK.art("27", "2"),), valid_from=date(2023, 1, 1))
    def new() -> int:
        return 30

    return registry


def test_the_version_is_chosen_by_its_key_date() -> None:
    rule = _registry_with_two_versions()["example.period"]
    on = KeyDate.CONTRACT_CONCLUDED
    assert rule.version_for({on: date(2022, 12, 31)}).func() == 14
    assert rule.version_for({on: date(2023, 1, 1)}).func() == 30
    assert rule.basis == (UOPK.art("27"), UOPK.art("27", "2"))
    with pytest.raises(LawNotCovered, match="2014-12-25"):
        rule.version_for({on: date(2014, 12, 24)})
    with pytest.raises(InvalidFacts, match=r"contract\.concluded_on"):
        rule.version_for({KeyDate.COMPLAINT_RECEIVED: date(2023, 1, 1)})


def test_overlapping_versions_are_refused() -> None:
    registry = _registry_with_two_versions()
    with pytest.raises(ValueError, match="overlap"):
        registry.register("example.period", basis=(), valid_from=date(2022, 6, 1))(lambda: 0)


def test_the_first_version_names_the_rule() -> None:
    with pytest.raises(ValueError, match="title"):
        Registry().register("example.x", basis=(), valid_from=date(2023, 1, 1))(lambda: 0)


def test_unknown_rules_suggest_the_closest() -> None:
    with pytest.raises(UnknownRule, match=r"did you mean status\.customer"):
        regulamin.REGISTRY["status.custmer"]


def test_every_registered_rule_is_documented_and_cited() -> None:
    assert len(regulamin.REGISTRY) >= 1
    for rule_id in regulamin.REGISTRY:
        rule = regulamin.REGISTRY[rule_id]
        assert rule.title.pl and rule.title.en and rule.summary.pl and rule.summary.en
        assert rule.basis, f"{rule_id} cites no law"
        for version in rule.versions:
            assert version.func.__doc__, f"{rule_id} from {version.valid_from} has no docstring"
