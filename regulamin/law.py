"""The legal sources rules cite, and citations to their articles.

A citation renders the way Polish lawyers write it (``art. 27 ust. 1 UoPK``, ``art. 111 § 2
KC``, ``§ 4 ust. 14 Regulaminu Woohoo Cloud``) and in English (``Art. 27(1) UoPK``).

>>> str(UOPK.art("38", "1", "13"))
'art. 38 ust. 1 pkt 13 UoPK'
>>> KC.art("111", "2").en()
'Art. 111 § 2 KC'
>>> REG_1182_71.art("3", "4").pl()
'art. 3 ust. 4 rozporządzenia 1182/71'
>>> citations((UOPK.art("28", None, "1"), KC.art("111", "2")), "en")
'Art. 28(1) UoPK, Art. 111 § 2 KC'
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Source:
    """An act, a regulation or a shop's terms."""

    short_pl: str
    short_en: str
    title_pl: str
    title_en: str
    journal: str = ""
    paragraph_mark: str = "ust."
    """How a paragraph of an article is written: ``ust.`` in acts, ``§`` in the codes."""
    article_mark: str = "art."
    """How an article is written: ``art.`` in statutes, ``§`` in most shop terms."""

    def art(
        self,
        article: str,
        paragraph: str | None = None,
        point: str | None = None,
        letter: str | None = None,
    ) -> Citation:
        """A citation of an article (and paragraph, point, letter) of this source."""
        return Citation(self, article, paragraph, point, letter)


@dataclass(frozen=True, slots=True)
class Citation:
    """An article of a source, down to the point or letter."""

    source: Source
    article: str
    paragraph: str | None = None
    point: str | None = None
    letter: str | None = None

    def pl(self) -> str:
        parts = [f"{self.source.article_mark} {self.article}"]
        if self.paragraph:
            parts.append(f"{self.source.paragraph_mark} {self.paragraph}")
        if self.point:
            parts.append(f"pkt {self.point}")
        if self.letter:
            parts.append(f"lit. {self.letter}")
        return f"{' '.join(parts)} {self.source.short_pl}"

    def en(self) -> str:
        mark = "Art." if self.source.article_mark == "art." else self.source.article_mark
        text = f"{mark} {self.article}"
        if self.paragraph:
            kc_style = self.source.paragraph_mark == "§"
            text += f" § {self.paragraph}" if kc_style else f"({self.paragraph})"
        text += "".join(f"({part})" for part in (self.point, self.letter) if part)
        return f"{text} {self.source.short_en}"

    def text(self, lang: str) -> str:
        return self.pl() if lang == "pl" else self.en()

    def __str__(self) -> str:
        return self.pl()


def citations(items: tuple[Citation, ...], lang: str = "pl") -> str:
    """Several citations in one phrase, each whole, so each can be searched for as written."""
    return ", ".join(item.text(lang) for item in items)


UOPK = Source(
    "UoPK",
    "UoPK",
    "ustawa z dnia 30 maja 2014 r. o prawach konsumenta",
    "Consumer Rights Act of 30 May 2014",
    "t.j. Dz.U. 2026 poz. 1244",
)
KC = Source(
    "KC",
    "KC",
    "ustawa z dnia 23 kwietnia 1964 r. – Kodeks cywilny",
    "Civil Code of 23 April 1964",
    "t.j. Dz.U. 2025 poz. 1071",
    paragraph_mark="§",
)
UOIC = Source(
    "UoIC",
    "UoIC",
    "ustawa z dnia 9 maja 2014 r. o informowaniu o cenach towarów i usług",
    "Act of 9 May 2014 on Informing about the Prices of Goods and Services",
    "t.j. Dz.U. 2023 poz. 168",
)
REG_1182_71 = Source(
    "rozporządzenia 1182/71",
    "Regulation 1182/71",
    "rozporządzenie Rady (EWG, Euratom) nr 1182/71 z dnia 3 czerwca 1971 r. określające "
    "zasady mające zastosowanie do okresów, dat i terminów",
    "Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to periods, dates "
    "and time limits",
    "Dz.Urz. UE L 124 z 8.6.1971",
)
DAYS_OFF_ACT = Source(
    "ustawy o dniach wolnych od pracy",
    "Public Holidays Act",
    "ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy",
    "Act of 18 January 1951 on Public Holidays",
)
DSA = Source(
    "DSA",
    "DSA",
    "rozporządzenie (UE) 2022/2065 w sprawie jednolitego rynku usług cyfrowych",
    "Regulation (EU) 2022/2065 (Digital Services Act)",
)
