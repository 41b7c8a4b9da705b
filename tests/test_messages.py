"""The message catalogs: every id the code uses has a Polish text, translations use the same
parameters, plurals follow each language's rule, and a missing translation falls back to
Polish, never to the id."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from regulamin import messages
from regulamin.messages import Message, MissingMessage, render
from regulamin.messages.extract import problems, uses

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("catalogs", ROOT / "scripts" / "catalogs.py")
assert _spec is not None and _spec.loader is not None
catalogs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogs)


def test_every_message_the_code_uses_is_in_the_catalogs() -> None:
    # every message in English; in Ukrainian all but the reviewers' site's
    found = problems(
        catalogs.used_ids(), complete={"en": ("",), "uk": catalogs.COMPLETE_IN_UKRAINIAN}
    )
    assert found == []


def test_the_extractor_finds_the_ids_written_in_calls() -> None:
    ids = {use.msgid for use in uses()}
    # reasons.py writes these two in Reason(...) calls
    assert {"calendar.period.counted", "calendar.period.rolled"} <= ids


@pytest.mark.parametrize(
    ("n", "polish", "ukrainian"),
    [
        # Polish: 1 -> singular; 2-4 (not 12-14) -> "dni" (paucal); 5+ and 12-14 -> "dni"
        (1, "1 dzień", "1 день"),
        (2, "2 dni", "2 дні"),
        (5, "5 dni", "5 днів"),
        # Ukrainian: 11 is "many" (днів) although it ends in 1; 21 ends in 1 -> "one" (день)
        (11, "11 dni", "11 днів"),
        (21, "21 dni", "21 день"),
        (22, "22 dni", "22 дні"),
        (112, "112 dni", "112 днів"),
    ],
)
def test_plurals_follow_each_language(n: int, polish: str, ukrainian: str) -> None:
    assert render("calendar.days", {"n": n}, "pl") == polish
    assert render("calendar.days", {"n": n}, "uk") == ukrainian
    assert render("calendar.days", {"n": n}, "en") == f"{n} day" + ("" if n == 1 else "s")


def test_dates_are_written_for_each_reader() -> None:
    # genitive month names: "28 grudnia", "28 грудня"
    rolled = {"end": date(2026, 12, 24), "why": Message("calendar.event.delivery"),
              "due": date(2026, 12, 28)}
    assert "28 grudnia 2026 r." in render("calendar.period.rolled", rolled, "pl")
    assert "28 December 2026" in render("calendar.period.rolled", rolled, "en")
    assert "28 грудня 2026 р." in render("calendar.period.rolled", rolled, "uk")


def test_a_missing_translation_falls_back_to_polish(monkeypatch: pytest.MonkeyPatch) -> None:
    ukrainian = messages.catalog("uk")
    without = messages.Catalog(
        {k: v for k, v in ukrainian.texts.items() if k != "epoch.wigilia"},
        ukrainian.plurals,
        ukrainian.plural,
    )
    monkeypatch.setitem(messages._CATALOGS, "uk", without)
    assert render("epoch.wigilia", None, "uk") == render("epoch.wigilia", None, "pl")
    assert render("epoch.wigilia", None, "uk").startswith("Wigilia")


def test_an_unknown_id_is_an_error_not_a_text() -> None:
    with pytest.raises(MissingMessage, match=r"no\.such\.message"):
        render("no.such.message", None, "uk")
