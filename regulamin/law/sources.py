"""The legal sources rules cite, with their official identifiers, and citations to their
articles.

Each Polish act names its original publication in Dziennik Ustaw (``eli``, the form ELI and
ISAP use: ``DU/2014/827``) and the consolidated text the rules were checked against
(``journal``); each EU act its CELEX number. :attr:`Source.url` links to the official text.

A citation renders the way Polish lawyers write it (``art. 27 ust. 1 UoPK``, ``art. 111 § 2
KC``, ``§ 4 ust. 14 Regulaminu sklepu``) and in English (``Art. 27(1) UoPK``).

>>> str(UOPK.art("38", "1", "13"))
'art. 38 ust. 1 pkt 13 UoPK'
>>> UOPK.art("43l", "1", sentence="2").pl(), UOPK.art("43l", "1", sentence="2").en()
('art. 43l ust. 1 zd. 2 UoPK', 'Art. 43l(1), sentence 2 UoPK')
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
    """The text the rules follow: the consolidated text (t.j.) of a Polish act."""
    paragraph_mark: str = "ust."
    """How a paragraph of an article is written: ``ust.`` in acts, ``§`` in the codes."""
    article_mark: str = "art."
    """How an article is written: ``art.`` in statutes, ``§`` in most shop terms."""
    eli: str = ""
    """The original publication in Dziennik Ustaw as ELI writes it (``DU/2014/827``)."""
    celex: str = ""
    """The CELEX number of an EU act (``31971R1182``)."""

    @property
    def url(self) -> str:
        """The official text: ELI for Polish acts, EUR-Lex for EU ones; empty for a shop's."""
        if self.celex:
            return f"https://eur-lex.europa.eu/legal-content/PL/TXT/?uri=CELEX:{self.celex}"
        if self.eli:
            return f"https://eli.gov.pl/eli/{self.eli}/ogl"
        return ""

    def art(
        self,
        article: str,
        paragraph: str | None = None,
        point: str | None = None,
        letter: str | None = None,
        *,
        sentence: str | None = None,
    ) -> Citation:
        """A citation of an article (and paragraph, point, letter, sentence) of this source."""
        return Citation(self, article, paragraph, point, letter, sentence)


@dataclass(frozen=True, slots=True)
class Citation:
    """An article of a source, down to the point or letter."""

    source: Source
    article: str
    paragraph: str | None = None
    point: str | None = None
    letter: str | None = None
    sentence: str | None = None
    """The sentence (zdanie) of the paragraph: ``art. 43l ust. 1 zd. 2 UoPK``."""

    def pl(self) -> str:
        parts = [f"{self.source.article_mark} {self.article}"]
        if self.paragraph:
            parts.append(f"{self.source.paragraph_mark} {self.paragraph}")
        if self.point:
            parts.append(f"pkt {self.point}")
        if self.letter:
            parts.append(f"lit. {self.letter}")
        if self.sentence:
            parts.append(f"zd. {self.sentence}")
        return f"{' '.join(parts)} {self.source.short_pl}"

    def en(self) -> str:
        mark = "Art." if self.source.article_mark == "art." else self.source.article_mark
        text = f"{mark} {self.article}"
        if self.paragraph:
            kc_style = self.source.paragraph_mark == "§"
            text += f" § {self.paragraph}" if kc_style else f"({self.paragraph})"
        text += "".join(f"({part})" for part in (self.point, self.letter) if part)
        if self.sentence:
            text += f", sentence {self.sentence}"
        return f"{text} {self.source.short_en}"

    def text(self, lang: str) -> str:
        """The citation for a reader of ``lang``: English readers get the English form; a
        Ukrainian reader gets the Polish one, as written in the act and searched for."""
        return self.en() if lang == "en" else self.pl()

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
    eli="DU/2014/827",
)
KC = Source(
    "KC",
    "KC",
    "ustawa z dnia 23 kwietnia 1964 r. – Kodeks cywilny",
    "Civil Code of 23 April 1964",
    "t.j. Dz.U. 2025 poz. 1071",
    paragraph_mark="§",
    eli="DU/1964/93",
)
UOIC = Source(
    "UoIC",
    "UoIC",
    "ustawa z dnia 9 maja 2014 r. o informowaniu o cenach towarów i usług",
    "Act of 9 May 2014 on Informing about the Prices of Goods and Services",
    "t.j. Dz.U. 2023 poz. 168",
    eli="DU/2014/915",
)
REG_1182_71 = Source(
    "rozporządzenia 1182/71",
    "Regulation 1182/71",
    "rozporządzenie Rady (EWG, Euratom) nr 1182/71 z dnia 3 czerwca 1971 r. określające "
    "zasady mające zastosowanie do okresów, dat i terminów",
    "Regulation (EEC, Euratom) No 1182/71 determining the rules applicable to periods, dates "
    "and time limits",
    "Dz.Urz. UE L 124 z 8.6.1971",
    celex="31971R1182",
)
DAYS_OFF_ACT = Source(
    "ustawy o dniach wolnych od pracy",
    "Public Holidays Act",
    "ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy",
    "Act of 18 January 1951 on Public Holidays",
    eli="DU/1951/28",
)
DSA = Source(
    "DSA",
    "DSA",
    "rozporządzenie (UE) 2022/2065 w sprawie jednolitego rynku usług cyfrowych",
    "Regulation (EU) 2022/2065 (Digital Services Act)",
    "Dz.Urz. UE L 277 z 27.10.2022",
    celex="32022R2065",
)
GDPR = Source(
    "RODO",
    "GDPR",
    "rozporządzenie (UE) 2016/679 w sprawie ochrony osób fizycznych w związku z przetwarzaniem "
    "danych osobowych (RODO)",
    "Regulation (EU) 2016/679 (General Data Protection Regulation)",
    "Dz.Urz. UE L 119 z 4.5.2016",
    celex="32016R0679",
)
USUDE = Source(
    "UŚUDE",
    "UŚUDE",
    "ustawa z dnia 18 lipca 2002 r. o świadczeniu usług drogą elektroniczną",
    "Act of 18 July 2002 on Providing Services by Electronic Means",
    eli="DU/2002/1204",
)
DIRECTIVE_2019_770 = Source(
    "dyrektywy 2019/770",
    "Directive 2019/770",
    "dyrektywa Parlamentu Europejskiego i Rady (UE) 2019/770 z dnia 20 maja 2019 r. w sprawie "
    "niektórych aspektów umów o dostarczanie treści cyfrowych i usług cyfrowych",
    "Directive (EU) 2019/770 on certain aspects concerning contracts for the supply of digital "
    "content and digital services",
    "Dz.Urz. UE L 136 z 22.5.2019",
    celex="32019L0770",
)
KPC = Source(
    "KPC",
    "KPC",
    "ustawa z dnia 17 listopada 1964 r. – Kodeks postępowania cywilnego",
    "Code of Civil Procedure of 17 November 1964",
    paragraph_mark="§",
    eli="DU/1964/296",
)
