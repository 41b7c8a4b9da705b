"""The reviewers' site: the seed parser, the generated pages, and the built site as a whole.

The first tests need only the library: they check the pieces the pages are made of against
the seed texts and the registry. The last ones build the site with ``mkdocs build --strict``
into a temporary folder and read the pages as a reviewer would; without mkdocs-material they
are skipped, saying why, and with ``CI=true`` they fail instead.
"""

from __future__ import annotations

import html
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from regulamin.decision import Decision, Reason, Text
from regulamin.registry import REGISTRY, Rule
from regulamin.site import (
    OPEN_POINTS,
    ExamplesFailed,
    SeedReferenceError,
    build_site,
    fact_models,
    holiday_changes,
    load_rules,
    load_seeds,
    page_path,
    parse_seed,
    quote,
    quotes_for,
    read_seeds,
    run_scenarios,
    switch_dates,
    terms_section,
)
from regulamin.site.rule_pages import decision_table, outcome_text
from regulamin.site.timeline import diff

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT / "docs" / "seeds"
IN_CI = os.environ.get("CI", "").lower() == "true"

load_rules()


# ---- the seed regulaminy ------------------------------------------------------------------


def test_the_seed_files_are_the_published_texts() -> None:
    # copied byte for byte from the two public documents the library started from
    woohoo = (SEEDS_DIR / "woohoo-cloud.txt").read_text(encoding="utf-8")
    codetwo = (SEEDS_DIR / "codetwo-wsparcie-techniczne.txt").read_text(encoding="utf-8")
    assert woohoo.startswith("Regulamin świadczenia usług Woohoo Cloud")
    assert "Data wejścia w życie aktualnej treści Regulaminu: 31 marca 2017" in codetwo


def test_woohoo_is_read_by_paragraph_sign_and_ust() -> None:
    doc = load_seeds(SEEDS_DIR)["woohoo-cloud"]
    # the text has §1 ... §16, some written "§ 7." with a space
    assert [s.number for s in doc.sections] == [str(n) for n in range(1, 17)]
    assert doc.section("7").title == "Niezgodność usługi z umową; reklamacje"
    # § 1: sixteen definitions ("Strona - ..." to "Cenniki - ..."), then the three price lists
    first = doc.section("1")
    assert len(first.paragraphs) == 16
    assert first.paragraphs[0].startswith("Strona - strona internetowa Wykonawcy")
    assert [i.number for i in first.items] == ["1", "2", "3"]
    # § 12 (clauses for traders): eight paragraphs; ust. 6 is the liability cap
    business = doc.section("12")
    assert [i.number for i in business.items] == [str(n) for n in range(1, 9)]
    cap = business.item("6").text
    assert cap.startswith("Całkowita odpowiedzialność Wykonawcy względem Klienta")
    assert cap.endswith("z tytułu utraconych korzyści w stosunku do przedsiębiorcy.")
    # § 4 ust. 12: three grounds for suspension, as nested points
    suspension = doc.section("4").item("12")
    assert [p.number for p in suspension.children] == ["1", "2", "3"]
    assert suspension.item("2").text == "przekroczenia limitów, o których mowa w § 6 ust. 2,"
    # § 9 ust. 1 pkt 1 has two points of its own (monitoring, computing power)
    assert len(doc.section("9").item("1").item("1").children) == 2


def test_a_line_after_nested_points_continues_their_paragraph() -> None:
    # § 6 ust. 5: four daily e-mail limits, then "Po przekroczeniu limitu..." unnumbered
    limits = load_seeds(SEEDS_DIR)["woohoo-cloud"].section("6").item("5")
    assert len(limits.children) == 4
    assert limits.tail == [
        "Po przekroczeniu limitu wysyłka wiadomości e-mail może zostać tymczasowo wstrzymana "
        "do końca doby, a Klient zostanie poinformowany przez Wykonawcę o tym fakcie poprzez "
        "wiadomość e-mail."
    ]
    assert limits.render().splitlines()[-1].startswith("Po przekroczeniu limitu")


def test_codetwo_is_read_by_named_part_and_point() -> None:
    doc = load_seeds(SEEDS_DIR)["codetwo-wsparcie-techniczne"]
    parts = [(s.title, len(s.items)) for s in doc.sections]
    assert parts == [
        ("Definicje", 3),
        ("Warunki ogólne", 7),
        ("Realizacja pomocy technicznej", 5),
        ("Postanowienia końcowe", 1),
    ]
    final = doc.section("postanowienia końcowe")
    assert final.item("1").text.startswith("Każda zmiana Regulaminu Wsparcia Technicznego")
    # the signatory's line closes the document; it is not part of point 1
    assert final.closing == ["CodeTwo sp. z ograniczoną odpowiedzialnością. sp. k."]
    assert "CodeTwo sp." not in final.item("1").render()


@pytest.mark.parametrize(
    ("reference", "location", "start"),
    [
        ("§ 12 ust. 6 Regulaminu Woohoo Cloud", "§ 12 ust. 6", "Całkowita odpowiedzialność"),
        ("Woohoo §4 ust. 14", "§ 4 ust. 14", "Wykonawca wysyła do Klienta automatyczne"),
        ("Regulamin świadczenia usług Woohoo Cloud: § 16 ust. 2", "§ 16 ust. 2", "Wykonawca"),
        ("§ 4 ust. 12 pkt 3 Woohoo", "§ 4 ust. 12 pkt 3", "umieszczenia na Serwerze"),
        (
            "Regulamin Wsparcia Technicznego CodeTwo: Postanowienia końcowe 1",
            "Postanowienia końcowe, pkt 1",
            "Każda zmiana Regulaminu",
        ),
        ("CodeTwo Realizacja 3", "Realizacja pomocy technicznej, pkt 3", "Producent dołoży"),
        ("CodeTwo Warunki ogólne 2", "Warunki ogólne, pkt 2", "Wsparcie Techniczne jest"),
    ],
)
def test_a_clause_reference_finds_its_text(reference: str, location: str, start: str) -> None:
    found = quote(reference, read_seeds(SEEDS_DIR))
    assert found.location == location
    assert found.text.startswith(start)


@pytest.mark.parametrize(
    "reference",
    ["§ 17 ust. 1 Woohoo", "Woohoo §12 ust. 9", "CodeTwo Warunki ogólne 8", "§ 1 Regulaminu X"],
)
def test_a_clause_the_seeds_do_not_have_is_an_error(reference: str) -> None:
    # § 17 does not exist, § 12 has 8 paragraphs, "Warunki ogólne" 7 points, X is no seed
    with pytest.raises(SeedReferenceError):
        quote(reference, read_seeds(SEEDS_DIR))


def test_every_clause_in_the_seed_data_is_found_and_names_rules() -> None:
    seeds = read_seeds(SEEDS_DIR)
    assert [seed.key for seed in seeds] == ["codetwo-wsparcie-techniczne", "woohoo-cloud"]
    for seed in seeds:
        assert seed.clauses, seed.key
        for clause, rule_ids in seed.clauses.items():
            assert quotes_for(rule_ids[0], [seed]), (seed.key, clause)
            assert all(rule_id in REGISTRY for rule_id in rule_ids), (seed.key, clause)


def test_the_seed_data_says_which_clauses_a_rule_implements() -> None:
    # the mapping once written in the rules' decorators, now in docs/seeds/*.yaml
    seeds = read_seeds(SEEDS_DIR)
    cap = [(q.seed.key, q.location) for q in quotes_for("liability.cap", seeds)]
    assert cap == [("woohoo-cloud", "§ 12 ust. 6"), ("woohoo-cloud", "§ 12 ust. 8")]
    continuing = [(q.seed.key, q.location) for q in quotes_for("versions.continuing", seeds)]
    assert continuing == [
        ("codetwo-wsparcie-techniczne", "Postanowienia końcowe, pkt 1"),
        ("woohoo-cloud", "§ 16 ust. 2"),
    ]
    assert [q.location for q in quotes_for("support.ticket", seeds)] == [
        f"Realizacja pomocy technicznej, pkt {n}" for n in (2, 4, 5)
    ]
    # the shop's own promises (regulamin.terms) are mapped too
    assert [q.location for q in quotes_for("terms.withdrawal", seeds)] == [
        "§ 10 ust. 1",
        "§ 11 ust. 10",
    ]
    assert [q.location for q in quotes_for("terms.complaint_reply", seeds)] == ["§ 7 ust. 14"]


def test_the_parser_keeps_points_under_their_paragraph() -> None:
    doc = parse_seed("T\n\n§3. Zasady\n\n  1. A:\n    1. a;\n    2. b.\n  2. B.\n")
    section = doc.section("3")
    assert [(i.number, len(i.children)) for i in section.items] == [("1", 2), ("2", 0)]


# ---- the pieces of a rule's page ----------------------------------------------------------


def _decision(outcome: object, *reasons: Reason) -> Decision[object]:
    summary = Reason.written("x.rule", "Wynik.", "Result.")
    return Decision(rule="x.rule", outcome=outcome, summary=summary, reasons=reasons)


def test_outcomes_are_shown_in_words() -> None:
    assert outcome_text(_decision(True), "pl") == "tak"
    assert outcome_text(_decision(False), "en") == "no"
    # 28 December 2026 in the reader's language
    assert outcome_text(_decision(date(2026, 12, 28)), "pl") == "28 grudnia 2026"


def test_the_decision_table_shows_the_facts_that_differ(tmp_path: Path) -> None:
    scenarios = tmp_path / "status.scenarios.yaml"
    scenarios.write_text(
        "rule: status.customer\n"
        "defaults: {customer: {kind: natural_person}}\n"
        "scenarios:\n"
        "  - name: private purchase\n"
        "    facts: {customer: {for_business: false}, concluded_on: 2026-12-01}\n"
        "    expect: {outcome: consumer}\n"
        "  - name: a company\n"
        "    facts: {customer: {kind: legal_person}, concluded_on: 2026-12-01}\n"
        "    expect: {outcome: trader}\n",
        encoding="utf-8",
    )
    examples = run_scenarios([tmp_path]).examples_for("status.customer")
    assert [e.scenario.name for e in examples] == ["private purchase", "a company"]
    page = decision_table("status.customer", examples)
    # the day is the same in both, so it is no condition; kind and purpose differ
    assert "`customer.kind`" in page
    assert "`customer.for_business`" in page
    assert "`concluded_on`" not in page
    rows = [line for line in page.splitlines() if line.lstrip().startswith("| [")]
    # one row per example, in each of the two languages, each citing art. 22¹ KC
    assert len(rows) == 4
    assert all("22¹" in row for row in rows)


def test_a_sub_rule_gets_the_examples_that_cite_it(tmp_path: Path) -> None:
    scenarios = tmp_path / "x.scenarios.yaml"
    scenarios.write_text(
        "rule: status.customer\n"
        "scenarios:\n"
        "  - name: a company\n"
        "    facts: {customer: {kind: legal_person}, concluded_on: 2026-12-01}\n"
        "    expect: {outcome: trader}\n",
        encoding="utf-8",
    )
    run = run_scenarios([tmp_path])
    # no scenario applies a rule named "nobody"; nothing cites it either
    assert run.examples_for("nobody") == []
    # the status decision's reasons are given under status.customer: it is applied directly
    [example] = run.examples_for("status.customer")
    assert example.source == "applies"
    assert example.reasons_of("status.customer")


def test_a_failing_scenario_stops_the_build(tmp_path: Path) -> None:
    # a company is a trader (art. 22¹ KC); expecting "consumer" must fail the build
    (tmp_path / "wrong.scenarios.yaml").write_text(
        "rule: status.customer\n"
        "scenarios:\n"
        "  - name: Company expected as consumer\n"
        "    facts: {customer: {kind: legal_person}, concluded_on: 2026-12-01}\n"
        "    expect: {outcome: consumer}\n",
        encoding="utf-8",
    )
    with pytest.raises(ExamplesFailed) as failed:
        run_scenarios([tmp_path])
    assert "Company expected as consumer" in str(failed.value)
    assert 'expected "consumer", got "trader"' in str(failed.value)


def test_a_scenario_that_cannot_run_stops_the_build(tmp_path: Path) -> None:
    (tmp_path / "typo.scenarios.yaml").write_text(
        "rule: status.customer\n"
        "scenarios:\n"
        "  - name: misspelt\n"
        "    facts: {customer: {kind: legal_person, for_busines: true}, concluded_on: 2026-12-01}\n"
        "    expect: {outcome: trader}\n",
        encoding="utf-8",
    )
    with pytest.raises(ExamplesFailed, match="for_busines"):
        run_scenarios([tmp_path])


def test_switch_dates_come_from_the_versions() -> None:
    rule: Rule[Any, Any] = Rule("x.y", Text("t", "t"), Text("s", "s"))
    registry_rule = REGISTRY["status.customer"]
    rule.versions = list(registry_rule.versions)
    # status.customer: 2014-12-25, 2021-01-01, 2023-01-01, 2025-11-27 (each the day after
    # the previous version's last day)
    assert switch_dates([rule]) == [
        date(2014, 12, 25),
        date(2021, 1, 1),
        date(2023, 1, 1),
        date(2025, 11, 27),
    ]


def test_the_holidays_that_changed_are_found() -> None:
    # 12 Nov 2018 was a one-off holiday (ustawa z 9.10.2018); Wigilia is one from 2025
    changes = [(c.year, c.month_day, c.one_off) for c in holiday_changes(2014, 2027)]
    assert changes == [(2018, (11, 12), True), (2025, (12, 24), False)]


def test_the_terms_section_says_when_there_is_nothing(tmp_path: Path) -> None:
    assert "no terms files" in terms_section(tmp_path)
    assert "no terms files" in terms_section(None)


def test_the_terms_section_lists_what_changed(tmp_path: Path) -> None:
    shop = tmp_path / "examples" / "shop"
    shop.mkdir(parents=True)
    (shop / "terms.yaml").write_text(
        "policy: from_effective_day\n"
        "versions:\n"
        "  - {id: v2, published_on: 2024-05-01, effective_from: 2024-05-15, refund_days: 30}\n"
        "  - {id: v1, published_on: 2023-01-01, effective_from: 2023-01-01, refund_days: 14}\n",
        encoding="utf-8",
    )
    section = terms_section(tmp_path / "examples")
    assert "`examples/shop/terms.yaml`" in section
    # in order of effect: v1 first, then v2 with its change
    assert section.index("**v1**") < section.index("**v2**")
    assert "refund\\_days: 14 → 30" in section


def test_diff_names_added_and_removed_keys() -> None:
    assert diff({"a": 1, "b": {"c": 2}}, {"b": {"c": 3}, "d": 4}) == [
        "a: removed",
        "b.c: 2 → 3",
        "d: added (4)",
    ]


def test_every_fact_model_is_found() -> None:
    from regulamin import models  # noqa: PLC0415

    names = {cls.__name__ for cls in fact_models()}
    # every Fact exported by regulamin.models (the base itself is no fact)
    exported = {
        name
        for name in models.__all__
        if isinstance(getattr(models, name), type)
        and issubclass(getattr(models, name), models.Fact)
        and name != "Fact"
    }
    assert exported <= names
    assert {"Customer", "Contract", "Delivery", "Complaint", "TermsVersion"} <= names


# ---- the generated pages, before mkdocs -------------------------------------------------


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return build_site(ROOT).pages


def test_every_rule_has_a_page_with_its_basis(pages: dict[str, str]) -> None:
    for rule_id in REGISTRY:
        rule = REGISTRY[rule_id]
        page = pages[page_path(rule)]
        for version in rule.versions:
            assert version.valid_from.isoformat() in page, rule_id
            for citation in version.basis:
                assert citation.pl() in html.unescape(page.replace("\\", "")), (rule_id, citation)


def test_seed_clauses_are_quoted_on_the_rule_pages(pages: dict[str, str]) -> None:
    cap = REGISTRY["liability.cap"]
    page = pages[page_path(cap)]
    # § 12 ust. 6 of the Woohoo terms, quoted, with a link to the clause in the whole text
    assert "**§ 12 ust. 6**" in page
    assert "Całkowita odpowiedzialność Wykonawcy" in page
    assert "seeds/woohoo-cloud.md#p12-6" in page


def test_the_review_page_lists_the_open_points(pages: dict[str, str]) -> None:
    review = pages["interpretations.md"]
    for index, point in enumerate(OPEN_POINTS, start=1):
        assert f'"Q-{index}"' in review
        assert point.text.pl.split()[0] in review


def test_the_seed_pages_hold_every_paragraph(pages: dict[str, str]) -> None:
    woohoo = pages["seeds/woohoo-cloud.md"]
    assert 'id="p12-6"' in woohoo
    assert 'id="p4-12-2"' in woohoo
    codetwo = pages["seeds/codetwo-wsparcie-techniczne.md"]
    assert 'id="s4-1"' in codetwo
    index = pages["seeds/index.md"]
    assert "(woohoo-cloud.md)" in index
    assert "(codetwo-wsparcie-techniczne.md)" in index


# ---- the built site -----------------------------------------------------------------------


def _require_mkdocs() -> None:
    missing = (
        importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("material") is None
    )
    if not missing:
        return
    reason = "mkdocs-material is not installed (pip install -e '.[docs]')"
    if IN_CI:
        pytest.fail(f"CI=true: {reason}", pytrace=False)
    pytest.skip(reason)


def _mkdocs(source: Path, target: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(target)],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _require_mkdocs()
    target = tmp_path_factory.mktemp("site")
    build = _mkdocs(ROOT, target)
    assert build.returncode == 0, build.stderr[-4000:]
    return target


def _text(path: Path) -> str:
    """A built page's text as a reader reads it: tags dropped, entities decoded."""
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).split())


def _built(site: Path, page: str) -> Path:
    return site / page.removesuffix(".md").removesuffix("/index") / "index.html"


def test_every_rule_page_is_built_with_its_citations(site: Path) -> None:
    for rule_id in REGISTRY:
        rule = REGISTRY[rule_id]
        built = _built(site, page_path(rule))
        assert built.is_file(), rule_id
        text = _text(built)
        assert rule.title.pl in text
        for citation in rule.basis:
            assert citation.pl() in text, (rule_id, citation.pl())


def test_every_rule_page_has_a_worked_example(site: Path) -> None:
    lacking = [
        rule_id
        for rule_id in REGISTRY
        if 'id="example-1"' not in _built(site, page_path(REGISTRY[rule_id])).read_text("utf-8")
    ]
    assert not lacking, f"rules without a worked example: {', '.join(lacking)}"


def test_a_worked_example_shows_the_decision_explained(site: Path) -> None:
    text = _text(_built(site, page_path(REGISTRY["status.customer"])))
    # a company is a trader under art. 22¹ KC, in both languages, as explain() words it
    assert "Kupujący jest w tej umowie: przedsiębiorca." in text
    assert "For this contract the buyer is a trader." in text
    assert "Osoba prawna ani spółka osobowa nie jest konsumentem (art. 22¹ KC)." in text


def test_the_interpretations_page_lists_every_interpretation(site: Path) -> None:
    text = _text(site / "interpretations" / "index.html")
    for rule_id in REGISTRY:
        for interpretation in REGISTRY[rule_id].interpretations:
            assert " ".join(interpretation.pl.split()) in text, rule_id
            assert " ".join(interpretation.en.split()) in text, rule_id


def test_the_facts_reference_lists_every_fact_model(site: Path) -> None:
    page = (site / "facts" / "index.html").read_text(encoding="utf-8")
    for cls in fact_models():
        assert f'id="{cls.__name__.lower()}"' in page, cls.__name__
        for field in cls.model_fields:
            assert f"<code>{field}</code>" in page, (cls.__name__, field)


def test_the_timeline_names_the_switch_dates(site: Path) -> None:
    text = _text(site / "timeline" / "index.html")
    for day in ("2014-12-25", "2017-01-01", "2017-01-10", "2021-01-01", "2023-01-01", "2025-11-27"):
        assert day in text, day
    # art. 115 KC's Saturday rule and the first Wigilia holiday come from the calendars
    assert "2025-12-24" in text


def test_the_api_reference_and_the_format_pages_are_linked(site: Path) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    for target in ("scenarios/", "cli/", "api/", "timeline/", "interpretations/", "facts/"):
        assert f'href="{target}' in home or f'href="./{target}' in home, target
    api = _text(site / "api" / "regulamin.decision" / "index.html")
    assert "Decision" in api
    assert "explain" in api


def test_a_wrong_example_fails_the_mkdocs_build(tmp_path: Path) -> None:
    _require_mkdocs()
    # the same site with one wrong scenario: a company expected to be a consumer
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", tmp_path / "docs")
    (tmp_path / "regulamin").symlink_to(ROOT / "regulamin")
    scenarios = tmp_path / "tests" / "scenarios"
    scenarios.mkdir(parents=True)
    (scenarios / "wrong.scenarios.yaml").write_text(
        "rule: status.customer\n"
        "scenarios:\n"
        "  - name: Company expected as consumer\n"
        "    facts: {customer: {kind: legal_person}, concluded_on: 2026-12-01}\n"
        "    expect: {outcome: consumer}\n",
        encoding="utf-8",
    )
    build = _mkdocs(tmp_path, tmp_path / "site")
    assert build.returncode != 0
    assert "Company expected as consumer" in build.stderr
    assert not (tmp_path / "site" / "index.html").exists()


# ---- no shop in the generator; its words from the catalogs ---------------------------------


def test_the_generator_names_no_shop() -> None:
    # the seeds are data (docs/seeds/*.yaml); the code that shows them names none of them
    names = {alias.casefold() for seed in read_seeds(SEEDS_DIR) for alias in seed.cited_as}
    assert names == {"woohoo", "codetwo"}
    for path in (ROOT / "regulamin" / "site").glob("*.py"):
        text = path.read_text(encoding="utf-8").casefold()
        assert not [name for name in names if name in text], path.name


def test_a_seed_clause_naming_no_rule_stops_the_build(tmp_path: Path) -> None:
    shutil.copy(SEEDS_DIR / "woohoo-cloud.txt", tmp_path / "woohoo-cloud.txt")
    (tmp_path / "shop.yaml").write_text(
        "text: woohoo-cloud.txt\n"
        "title: {pl: Regulamin, en: Terms}\n"
        "cited_as: [Regulamin]\n"
        "clauses:\n"
        "  § 12 ust. 6: [liability.no_such_rule]\n",
        encoding="utf-8",
    )
    with pytest.raises(SeedReferenceError, match=r"liability\.no_such_rule"):
        build_site(ROOT, seeds_dir=str(tmp_path), scenario_dirs=())


def test_a_seed_data_file_without_its_text_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text("text: missing.txt\ntitle: {pl: X, en: X}\n", "utf-8")
    with pytest.raises(SeedReferenceError, match=r"x\.yaml"):
        read_seeds(tmp_path)


def test_the_pages_take_their_headings_from_the_catalogs(pages: dict[str, str]) -> None:
    from regulamin.messages import Message  # noqa: PLC0415

    cap = pages[page_path(REGISTRY["liability.cap"])]
    for msgid in ("site.rule.legal_basis", "site.rule.clause", "site.rule.decision_table"):
        message = Message(msgid)
        assert f"## {message.pl} · *{message.en}*" in cap, msgid
    assert "## Podstawa prawna · *Legal basis*" in cap
    assert pages["rules/index.md"].startswith("# Reguły · *Rules*\n")
    assert "| Reguła · *Rule* | Tytuł | *Title* |" in pages["rules/index.md"]
    assert '=== "Polski"' in cap and '=== "English"' in cap
    assert pages["seeds/index.md"].startswith("# Regulaminy źródłowe · *Seed terms*\n")
