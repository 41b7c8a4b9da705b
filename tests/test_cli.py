"""The ``regulamin`` command line: check (exit codes, reports, JUnit XML, progress), explain,
rules, lint and schema."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from junitparser import Error, Failure, JUnitXml

from regulamin import cli

ROOT = Path(__file__).resolve().parent.parent
STATUS_FILE = Path(__file__).parent / "scenarios" / "status.scenarios.yaml"

FAILING = textwrap.dedent(
    """\
    rule: status.customer
    scenarios:
      - name: Company is a trader
        facts: {customer: {kind: legal_person}, concluded_on: 2026-12-01}
        expect: {outcome: trader}
      - name: Sole trader in 2020 expected as PNPK
        facts:
          customer: {kind: natural_person, for_business: true, registered_business: true,
                     professional_character: false}
          concluded_on: 2020-12-31
        expect: {outcome: pnpk}
    """
)

TYPO = textwrap.dedent(
    """\
    rule: status.customer
    scenarios:
      - name: Misspelt fact
        facts: {customer: {kind: legal_person, for_busines: true}, concluded_on: 2026-12-01}
        expect: {outcome: trader}
    """
)


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


# --- check ----------------------------------------------------------------------------------


def test_check_passes_the_status_scenarios(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", str(STATUS_FILE)]) == cli.OK
    out = capsys.readouterr().out
    # 16 scenarios in the file, all derived from the statute and all passing.
    assert out.strip() == "zaliczone: 16, niezaliczone: 0, błędy: 0"


def test_check_reports_a_failure_with_fields_and_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "shop.scenarios.yaml", FAILING)
    assert cli.main(["check", str(tmp_path), "--lang", "en"]) == cli.FAILED
    out = capsys.readouterr().out
    # Before 2021 a natural person buying for the business is a trader (art. 22¹ KC only).
    assert f"{path}:6: Sole trader in 2020 expected as PNPK" in out
    assert '  outcome (line 11): expected "pnpk", got "trader"' in out
    assert "Contracts concluded before 1 January 2021 give a trader no consumer rights." in out
    assert out.rstrip().endswith("passed: 1, failed: 1, errors: 0")


def test_check_reports_in_polish_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "shop.scenarios.yaml", FAILING)
    assert cli.main(["check", str(tmp_path)]) == cli.FAILED
    out = capsys.readouterr().out
    assert '  outcome (wiersz 11): oczekiwano "pnpk", otrzymano "trader"' in out
    assert "Umowy zawarte przed 1 stycznia 2021 r. nie dają przedsiębiorcy praw konsumenta." in out


def test_check_misspelt_key_exits_2_naming_file_line_and_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "typo.scenarios.yaml", TYPO)
    assert cli.main(["check", str(path)]) == cli.USAGE
    out = capsys.readouterr().out
    # line 4, "    facts: {customer: {kind: legal_person, for_busines" -> column 44
    assert (
        f"{path}:4:44: scenarios[0].facts.customer.for_busines: unknown field; "
        "did you mean 'for_business'?"
    ) in out


def test_check_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    absent = tmp_path / "absent.yaml"
    assert cli.main(["check", str(absent), "--lang", "en"]) == cli.USAGE
    assert "no such file or directory" in capsys.readouterr().err
    assert cli.main(["check", str(tmp_path), "--lang", "en"]) == cli.NO_SCENARIOS
    assert "no scenario files (*.scenarios.yaml)" in capsys.readouterr().err
    # the command's own messages are Polish by default, from the catalogs
    assert cli.main(["check", str(absent)]) == cli.USAGE
    err = capsys.readouterr().err
    assert err == f"regulamin: błąd: nie ma takiego pliku ani katalogu: {absent}\n"
    assert cli.main(["check", str(tmp_path)]) == cli.NO_SCENARIOS
    assert f"brak plików scenariuszy (*.scenarios.yaml) w {tmp_path}" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        cli.main(["check", str(tmp_path), "--lang", "de"])
    assert exited.value.code == cli.USAGE
    assert cli.main([]) == cli.USAGE


def test_check_finds_files_by_pattern_and_skips_hidden_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "nested").mkdir()
    (tmp_path / ".hidden").mkdir()
    _write(tmp_path / "nested", "a.scen.yml", FAILING)
    _write(tmp_path / ".hidden", "b.scen.yml", TYPO)
    assert cli.main(["check", str(tmp_path), "--pattern", "*.scen.yml"]) == cli.FAILED
    assert "zaliczone: 1, niezaliczone: 1, błędy: 0" in capsys.readouterr().out


def test_check_progress_goes_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "shop.scenarios.yaml", FAILING)
    cli.main(["check", str(STATUS_FILE), str(path), "--progress", "always"])
    err = capsys.readouterr().err
    # 16 + 2 scenarios: the counter after each file.
    assert err.splitlines() == [f"[16/18] {STATUS_FILE}", f"[18/18] {path}"]
    cli.main(["check", str(path), "--progress", "never"])
    assert capsys.readouterr().err == ""


def test_junit_xml_is_read_by_a_junit_parser(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "a.scenarios.yaml", FAILING)
    _write(tmp_path, "b.scenarios.yaml", TYPO)
    _write(tmp_path, "c.scenarios.yaml", "rule: status.customer\nscenarioz: []\n")
    report = tmp_path / "out" / "junit.xml"
    code = cli.main(["check", str(tmp_path), "--junit-xml", str(report), "--lang", "en"])
    capsys.readouterr()
    assert code == cli.USAGE  # a file and a scenario that cannot run
    xml = JUnitXml.fromfile(str(report))
    suites = {suite.name: suite for suite in xml}
    assert sorted(Path(name).name for name in suites) == [
        "a.scenarios.yaml",
        "b.scenarios.yaml",
        "c.scenarios.yaml",
    ]
    a = suites[str(tmp_path / "a.scenarios.yaml")]
    assert (a.tests, a.failures, a.errors) == (2, 1, 0)
    cases = {case.name: case for case in a}
    assert cases["Company is a trader"].is_passed
    [failure] = cases["Sole trader in 2020 expected as PNPK"].result
    assert isinstance(failure, Failure)
    assert failure.message == 'outcome (line 11): expected "pnpk", got "trader"'
    assert "Contracts concluded before 1 January 2021" in (failure.text or "")
    b = suites[str(tmp_path / "b.scenarios.yaml")]
    [error] = next(iter(b)).result
    assert isinstance(error, Error)
    assert "did you mean 'for_business'?" in (error.message or "")
    c = suites[str(tmp_path / "c.scenarios.yaml")]
    [file_case] = list(c)
    assert file_case.name == "(file)"
    assert (xml.tests, xml.failures, xml.errors) == (4, 1, 2)


def test_console_exit_codes_in_a_process(tmp_path: Path) -> None:
    failing = _write(tmp_path, "shop.scenarios.yaml", FAILING)
    command = [sys.executable, "-c", "import sys; from regulamin.cli import main; sys.exit(main())"]
    passed = subprocess.run([*command, "check", str(STATUS_FILE)], capture_output=True, check=False)
    failed = subprocess.run([*command, "check", str(failing)], capture_output=True, check=False)
    usage = subprocess.run([*command, "check", "--bogus"], capture_output=True, check=False)
    assert (passed.returncode, failed.returncode, usage.returncode) == (0, 1, 2)


# --- explain --------------------------------------------------------------------------------


def test_explain_from_a_yaml_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _write(
        tmp_path,
        "facts.yaml",
        "customer:\n  kind: natural_person\n  for_business: true\n  registered_business: true\n"
        "  declared_professional: false\nconcluded_on: 2025-11-27\n",
    )
    assert cli.main(["explain", "status.customer", "--facts", str(facts)]) == cli.OK
    # From 2025-11-27 the declaration settles what the contract's content leaves open.
    assert capsys.readouterr().out.splitlines() == [
        "Kupujący jest w tej umowie: przedsiębiorca na prawach konsumenta.",
        " - Osoba fizyczna zawiera umowę bezpośrednio związaną ze swoją działalnością "
        "gospodarczą lub zawodową (art. 22¹ KC).",
        " - Treść umowy tego nie przesądza, a kupujący oświadczył, że umowa nie ma charakteru "
        "zawodowego dla niego (art. 7aa ust. 2 UoPK).",
    ]


def test_explain_json_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = {"customer": {"kind": "legal_person"}, "concluded_on": "2026-12-01"}
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(facts)))
    assert cli.main(["explain", "status.customer", "--json"]) == cli.OK
    record = json.loads(capsys.readouterr().out)
    assert record["format"] == "regulamin.decision/1"
    assert (record["outcome"], record["law_as_of"]) == ("trader", "2026-12-01")
    assert record["reasons"][0]["basis"] == ["art. 22¹ KC"]


def test_explain_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["explain", "status.custmer", "--facts", str(tmp_path)]) == cli.USAGE
    assert "did you mean status.customer?" in capsys.readouterr().err
    typo = _write(tmp_path, "f.yaml", "customer: {kind: legal_person}\nconcluded_onn: 2026-12-01\n")
    assert cli.main(["explain", "status.customer", "--facts", str(typo)]) == cli.USAGE
    err = capsys.readouterr().err
    assert (
        f"{typo}:2:1: concluded_onn: unknown fact for status.customer; did you mean 'concluded_on'?"
    ) in err
    assert "missing fact 'concluded_on'" in err
    early = _write(tmp_path, "g.yaml", "customer: {kind: legal_person}\nconcluded_on: 2014-12-24\n")
    assert cli.main(["explain", "status.customer", "--facts", str(early)]) == cli.FAILED
    assert "no version of the law encoded for 2014-12-24" in capsys.readouterr().err
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"customer": '))
    assert cli.main(["explain", "status.customer"]) == cli.USAGE
    assert "<stdin>:1:" in capsys.readouterr().err
    assert (
        cli.main(["explain", "status.customer", "--facts", str(early), "--as-of", "2026-01-01"])
        == cli.USAGE
    )
    assert "status.customer takes no 'today'" in capsys.readouterr().err


# --- rules, lint, schema --------------------------------------------------------------------


def test_rules_lists_citations_and_validity(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["rules", "--lang", "en"]) == cli.OK
    out = capsys.readouterr().out
    assert "status.customer — Buyer's status" in out
    assert "  entry: customer_status(customer, concluded_on)" in out
    assert "  versions by the date contract.concluded_on:" in out
    # The four versions of the status rule and their statutes (art. 38a UoPK 2021-2022...).
    assert "    2025-11-27 – …  Art. 22¹ KC, Art. 7aa(1) UoPK, Art. 7aa(2) UoPK" in out
    assert "    2021-01-01 – 2022-12-31  Art. 22¹ KC, Art. 38a UoPK" in out
    assert "    2014-12-25 – 2020-12-31  Art. 22¹ KC" in out
    assert cli.main(["rules", "--json"]) == cli.OK
    records = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    versions = records["status.customer"]["versions"]
    assert [v["valid_from"] for v in versions] == [
        "2025-11-27",
        "2023-01-01",
        "2021-01-01",
        "2014-12-25",
    ]
    assert versions[-1]["valid_until"] == "2020-12-31"
    assert versions[0]["valid_until"] is None


def test_lint_reports_each_clause_below_the_act_and_exits_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # the file promises 7 days to withdraw: art. 27 ust. 1 UoPK gives 14, art. 7 voids the term
    bad = ROOT / "tests" / "data" / "terms" / "withdrawal_seven_days.yaml"
    assert cli.main(["lint", str(bad), "--lang", "en"]) == cli.FAILED
    out = capsys.readouterr().out
    assert "withdrawal_seven_days.yaml:10:" in out and "promises.withdrawal.days" in out
    assert "Art. 7 UoPK" in out
    assert cli.main(["lint", str(bad)]) == cli.FAILED  # Polish by default
    assert "art. 7 UoPK" in capsys.readouterr().out


def test_lint_takes_several_files_and_reports_the_seeds_clauses_of_concern(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # the seeds state the clauses a lawyer flags (clauses_of_concern): 9 findings for Woohoo,
    # 2 for CodeTwo (tests/test_lint.py derives them), each line naming its file
    seeds = [
        ROOT / "examples" / name / "terms.yaml" for name in ("woohoo_cloud", "codetwo_support")
    ]
    assert cli.main(["lint", *map(str, seeds)]) == cli.FAILED
    lines = capsys.readouterr().out.splitlines()
    assert [sum(str(seed) in line for line in lines) for seed in seeds] == [9, 2]
    assert all("art. 385" in line or "art. 43k ust. 5" in line for line in lines)


def test_lint_of_a_missing_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["lint", "no-such-terms.yaml", "--lang", "en"]) == cli.USAGE
    assert capsys.readouterr().err == "regulamin: error: no such terms file: no-such-terms.yaml\n"
    assert cli.main(["lint", "no-such-terms.yaml"]) == cli.USAGE
    assert "regulamin: błąd: nie ma takiego pliku regulaminu: no-such-terms.yaml" in (
        capsys.readouterr().err
    )


def test_schema_printed_and_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["schema"]) == cli.OK
    printed = json.loads(capsys.readouterr().out)
    assert printed["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "scenarios" in printed["required"]
    target = tmp_path / "regulamin-scenarios.schema.json"
    assert cli.main(["schema", "-o", str(target)]) == cli.OK
    assert json.loads(target.read_text(encoding="utf-8")) == printed
