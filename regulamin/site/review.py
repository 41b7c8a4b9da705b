"""The page for a lawyer's sign-off: every interpretation the rules make of unclear law, and
the open legal points of the team's legal reference (its section 9 and its [check] marks),
numbered so that each can be accepted or sent back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..decision import Text
from ..registry import AnyRule
from .markdown import admonition, code, escape, tabs
from .rule_pages import page_path, topic_name


@dataclass(frozen=True, slots=True)
class OpenPoint:
    """A legal question the library's authors could not settle from the sources they had."""

    where: str
    """The section of the legal reference that raises it."""
    text: Text
    reading: Text | None = None
    """The reading the library takes meanwhile, if it takes one."""


OPEN_POINTS: tuple[OpenPoint, ...] = (
    OpenPoint(
        "§ 5, § 9",
        Text(
            "Którą ustawą skrócono termin odpowiedzi na reklamację z art. 7a UoPK do 14 dni i co "
            "stanowi jej przepis przejściowy: czy decyduje data zawarcia umowy, czy data "
            "złożenia reklamacji?",
            "Which act shortened the complaint-reply period of art. 7a UoPK to 14 days, and what "
            "does its transitional provision say: does the contract's date or the complaint's "
            "date decide?",
        ),
        Text(
            "14 dni dla umów zawartych od 1 stycznia 2023 r. (jak inne zmiany z 2023 r.); dla "
            "umów wcześniejszych 30 dni dla reklamacji złożonych od 10 stycznia 2017 r.",
            "14 days for contracts concluded from 1 January 2023 (like the other 2023 changes); "
            "for earlier contracts 30 days for complaints made from 10 January 2017.",
        ),
    ),
    OpenPoint(
        "§ 9",
        Text(
            "Kiedy dokładnie uchylono art. 38a UoPK?",
            "When exactly was art. 38a UoPK repealed?",
        ),
        Text(
            "Art. 38a UoPK stosuje się do umów zawartych od 1 stycznia 2021 r. do 31 grudnia "
            "2022 r.; od 2023 r. art. 7aa UoPK.",
            "Art. 38a UoPK applies to contracts concluded from 1 January 2021 to 31 December "
            "2022; from 2023, art. 7aa UoPK.",
        ),
    ),
    OpenPoint(
        "§ 4, § 9",
        Text(
            "Przedawnienie roszczeń z tytułu braku zgodności z umową: rozdział 5a UoPK nie ma "
            "własnych przepisów o przedawnieniu.",
            "Limitation of claims for non-conformity: chapter 5a UoPK has no limitation rules "
            "of its own.",
        ),
        Text(
            "Stosuje się ogólne przepisy Kodeksu cywilnego o przedawnieniu.",
            "The general limitation rules of the Civil Code apply.",
        ),
    ),
    OpenPoint(
        "§ 9",
        Text(
            "„Funkcja odstąpienia od umowy” z dyrektywy 2023/2673 (stosowanej od 19 czerwca "
            "2026 r.) nie jest transponowana do prawa polskiego według tekstu jednolitego UoPK "
            "w brzmieniu z 2 września 2026 r.; istnieje projekt rządowy.",
            "The “withdrawal function” of Directive 2023/2673 (due from 19 June 2026) is not "
            "transposed into Polish law as of the consolidated text of 2 September 2026; a "
            "government draft exists.",
        ),
        Text(
            "Funkcja bez polskiej daty wejścia w życie: gdy ustawa zostanie uchwalona, dodaje "
            "się jedną datę.",
            "A feature with no Polish effective date: once the act is passed, one date is added.",
        ),
    ),
    OpenPoint(
        "§ 6, § 9",
        Text(
            "Nie pozyskano przykładów liczbowych UOKiK ani wytycznych Komisji Europejskiej "
            "2021/C 526/02 dotyczących najniższej ceny z 30 dni.",
            "UOKiK's numeric examples and the European Commission's guidance 2021/C 526/02 on "
            "the 30-day lowest price were not retrieved.",
        ),
        Text(
            "Testy używają liczb wyprowadzonych ręcznie z ustawy oraz stanu faktycznego wyroku "
            "TSUE C-330/23 Aldi Süd.",
            "The tests use numbers derived by hand from the act and the facts of CJEU C-330/23 "
            "Aldi Süd.",
        ),
    ),
    OpenPoint(
        "§ 7",
        Text(
            "Czy ograniczenie odpowiedzialności między przedsiębiorcami (art. 471, 361 § 2 KC) "
            "działa przy szkodzie wyrządzonej z rażącego niedbalstwa? Art. 473 § 2 KC wyklucza "
            "je tylko przy winie umyślnej; kwestia jest sporna.",
            "Does a liability cap between traders (art. 471, 361 § 2 KC) hold for damage caused "
            "by gross negligence? Art. 473 § 2 KC voids it only for intentional damage; the "
            "point is disputed.",
        ),
        Text(
            "Ostrożnie: ograniczenie nie działa ani przy winie umyślnej, ani przy rażącym "
            "niedbalstwie.",
            "Conservatively: the cap holds neither for intentional damage nor for gross "
            "negligence.",
        ),
    ),
)
"""The open points of the legal reference (``shared/LAW.md`` § 9 and its **[check]** marks)."""


def review_page(groups: Mapping[str, Sequence[AnyRule]]) -> str:
    """Every registered interpretation, then the open points, each with a sign-off line."""
    parts = [
        "# Interpretacje i kwestie otwarte · *Interpretations and open points*\n",
        "Wszystkie miejsca, w których przepis jest niejasny, a biblioteka przyjmuje określone "
        "(ostrożniejsze) odczytanie, oraz pytania prawne, których nie rozstrzygnięto. Lista "
        "powstaje z rejestru reguł przy każdym budowaniu strony. *Every point where the law is "
        "unclear and the library takes a stated (conservative) reading, and the legal questions "
        "left open. The list is built from the rule registry on every build.*\n",
        "## Interpretacje w regułach · *Interpretations in the rules*\n",
    ]
    number = 0
    for topic, rules in groups.items():
        listed = [rule for rule in rules if rule.interpretations]
        if not listed:
            continue
        name = topic_name(topic)
        parts.append(f"### {escape(name.pl)} · *{escape(name.en)}*\n")
        for rule in listed:
            for interpretation in rule.interpretations:
                number += 1
                link = f"[{escape(rule.title.pl)}]({page_path(rule)})"
                body = (
                    f"Reguła · *rule*: {link} ({code(rule.id)})\n\n"
                    + tabs(escape(interpretation.pl), escape(interpretation.en))
                    + "\n"
                    + _sign_off()
                )
                parts.append(admonition("warning", f"I-{number}", body))
    if number == 0:
        parts.append(
            "Żadna reguła nie przyjmuje interpretacji. *No rule takes an interpretation.*\n"
        )
    parts.append("## Kwestie otwarte · *Open points*\n")
    parts.append(
        "Z zespołowego opracowania prawa (rozdział 9 i punkty oznaczone **[check]**). *From "
        "the team's legal reference (section 9 and the points marked **[check]**).*\n"
    )
    for index, point in enumerate(OPEN_POINTS, start=1):
        pl = escape(point.text.pl)
        en = escape(point.text.en)
        if point.reading is not None:
            pl += f"\n\nPrzyjęte odczytanie: {escape(point.reading.pl)}"
            en += f"\n\nReading taken meanwhile: {escape(point.reading.en)}"
        body = f"Opracowanie · *reference*: {escape(point.where)}\n\n{tabs(pl, en)}\n{_sign_off()}"
        parts.append(admonition("question", f"Q-{index}", body))
    return "\n".join(parts)


def _sign_off() -> str:
    return (
        "Akceptacja · *sign-off*: ☐ zgoda · *agreed* ☐ do zmiany · *to change* — "
        "podpis, data: ____\n"
    )
