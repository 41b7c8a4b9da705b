"""The law's switch dates, each named once with the act that made it.

A rule version says which epoch it applies from (``since``) and which epoch ends it
(``until``: the version applies up to the day before that epoch begins); no rule body compares
a date with a switch date. An epoch whose date is not yet known (a directive not transposed)
has ``starts=None`` and ends nothing until a date is written here: one line.

>>> DIRECTIVES_2023.starts, DIRECTIVES_2023.last_day_before()
(datetime.date(2023, 1, 1), datetime.date(2022, 12, 31))
>>> PNPK_2021.act.journal
'Dz.U. 2019 poz. 1495'
>>> [epoch.name for epoch in EPOCHS][:3]
['uopk', 'saturday', 'adr']
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True, slots=True)
class Act:
    """An act that changed the law: its title as published and where."""

    title: str
    journal: str
    eli: str = ""
    celex: str = ""


@dataclass(frozen=True, slots=True)
class Epoch:
    """A day from which the law reads differently, and the act that made it so.

    ``name`` is the epoch's stable id; its description is the catalog message
    ``epoch.<name>``.
    """

    name: str
    starts: date | None
    act: Act
    provision: str = ""
    """The provision of ``act`` that sets the date (its entry into force or transitional
    rule)."""

    @property
    def day(self) -> date:
        """The epoch's first day (``ValueError`` while it has none)."""
        if self.starts is None:
            raise ValueError(f"epoch {self.name} has no date yet")
        return self.starts

    def last_day_before(self) -> date:
        """The last day of the law before this epoch (the end of the version it closes)."""
        return self.day - timedelta(days=1)

    @property
    def message(self) -> str:
        return f"epoch.{self.name}"


UOPK_ACT = Act(
    "ustawa z dnia 30 maja 2014 r. o prawach konsumenta", "Dz.U. 2014 poz. 827", "DU/2014/827"
)

UOPK_IN_FORCE = Epoch("uopk", date(2014, 12, 25), UOPK_ACT, "art. 56")
"""The Consumer Rights Act applies to contracts concluded from this day (art. 51); earlier
contracts are outside what the library encodes."""

SATURDAY_2017 = Epoch(
    "saturday",
    date(2017, 1, 1),
    Act(
        "ustawa z dnia 16 grudnia 2016 r. o zmianie niektórych ustaw w celu poprawy otoczenia "
        "prawnego przedsiębiorców",
        "Dz.U. 2016 poz. 2255",
        "DU/2016/2255",
    ),
)
"""Art. 115 KC: a period for an act ending on a Saturday moves to the next working day."""

ADR_2017 = Epoch(
    "adr",
    date(2017, 1, 10),
    Act(
        "ustawa z dnia 23 września 2016 r. o pozasądowym rozwiązywaniu sporów konsumenckich",
        "Dz.U. 2016 poz. 1823",
        "DU/2016/1823",
    ),
    "art. 65",
)
"""Art. 7a UoPK (the trader replies to a consumer's complaint within 30 days)."""

KC_LIMITATION_2018 = Epoch(
    "kc_limitation",
    date(2018, 7, 9),
    Act(
        "ustawa z dnia 13 kwietnia 2018 r. o zmianie ustawy – Kodeks cywilny oraz niektórych "
        "innych ustaw",
        "Dz.U. 2018 poz. 1104",
        "DU/2018/1104",
    ),
    "art. 11",
)
"""Art. 118 KC as amended: six years (not ten) as the general limitation period, three for
periodic claims and claims related to running a business, the end on the last day of the
calendar year unless the period is shorter than two years; art. 117 § 2¹ KC (claims against a
consumer cannot be enforced once time-barred)."""

PNPK_2021 = Epoch(
    "pnpk",
    date(2021, 1, 1),
    Act(
        "ustawa z dnia 31 lipca 2019 r. o zmianie niektórych ustaw w celu ograniczenia "
        "obciążeń regulacyjnych",
        "Dz.U. 2019 poz. 1495",
        "DU/2019/1495",
    ),
)
"""Sole traders with consumer rights (PNPK): art. 38a UoPK, art. 385⁵, 556⁴, 556⁵, 576⁵ KC."""

DIRECTIVES_2023 = Epoch(
    "directives",
    date(2023, 1, 1),
    Act(
        "ustawa z dnia 4 listopada 2022 r. o zmianie ustawy o prawach konsumenta, ustawy – "
        "Kodeks cywilny oraz ustawy – Prawo prywatne międzynarodowe",
        "Dz.U. 2022 poz. 2337",
        "DU/2022/2337",
    ),
)
"""Directives 2019/770 and 2019/771: conformity in UoPK chapters 5a and 5b, art. 7aa
(art. 38a repealed), art. 7a shortened to 14 days; for contracts concluded from this day
(digital content also where its supply was due or took place from this day, the act's
transitional rule following art. 24 ust. 2 of Directive 2019/770)."""

OMNIBUS_2023 = Epoch(
    "omnibus",
    date(2023, 1, 1),
    Act(
        "ustawa z dnia 1 grudnia 2022 r. o zmianie ustawy o prawach konsumenta oraz niektórych "
        "innych ustaw",
        "Dz.U. 2022 poz. 2581",
        "DU/2022/2581",
    ),
)
"""Directive 2019/2161 (Omnibus): the 30-day lowest price (art. 4 ust. 2-4 UoIC), 30 days to
withdraw after an unsolicited visit or a trip (art. 27 ust. 2 UoPK), art. 38 ust. 2."""

DSA_2024 = Epoch(
    "dsa",
    date(2024, 2, 17),
    Act(
        "rozporządzenie Parlamentu Europejskiego i Rady (UE) 2022/2065 z dnia 19 października "
        "2022 r. w sprawie jednolitego rynku usług cyfrowych (akt o usługach cyfrowych)",
        "Dz.Urz. UE L 277 z 27.10.2022",
        celex="32022R2065",
    ),
    "art. 93 ust. 2",
)
"""The Digital Services Act applies in full: a hosting provider's notices, statements of
reasons and appeals (art. 16, 17, 20), from 17 February 2024 (art. 93 ust. 2)."""

PNPK_DECLARATION_2025 = Epoch(
    "pnpk_declaration",
    date(2025, 11, 27),
    Act(
        "ustawa z dnia 5 sierpnia 2025 r. o zmianie ustawy – Kodeks postępowania cywilnego, "
        "ustawy – Kodeks cywilny oraz niektórych innych ustaw",
        "Dz.U. 2025 poz. 1172",
        "DU/2025/1172",
    ),
)
"""A PNPK may declare, at the latest at conclusion, whether the contract is professional for
it (art. 7aa ust. 2 UoPK; art. 385⁵ § 1¹, 556⁴ § 2, 556⁵ § 2 KC)."""

WIGILIA_2025 = Epoch(
    "wigilia",
    date(2025, 12, 24),
    Act(
        "ustawa z dnia 6 grudnia 2024 r. o zmianie ustawy o dniach wolnych od pracy oraz "
        "niektórych innych ustaw",
        "Dz.U. 2024 poz. 1965",
        "DU/2024/1965",
    ),
)
"""24 December is a public holiday: the act is in force from 2025-02-01, its first Wigilia off
is 2025-12-24 (the ``holidays`` package models it; named here for the timeline)."""

WITHDRAWAL_FUNCTION = Epoch(
    "withdrawal_function",
    None,
    Act(
        "dyrektywa Parlamentu Europejskiego i Rady (UE) 2023/2673 (funkcja odstąpienia od umowy)",
        "Dz.Urz. UE L 2023/2673",
        celex="32023L2673",
    ),
)
"""The withdrawal function of Directive 2023/2673: not transposed in Poland yet."""

EPOCHS: tuple[Epoch, ...] = (
    UOPK_IN_FORCE,
    SATURDAY_2017,
    ADR_2017,
    KC_LIMITATION_2018,
    PNPK_2021,
    DIRECTIVES_2023,
    OMNIBUS_2023,
    DSA_2024,
    PNPK_DECLARATION_2025,
    WIGILIA_2025,
    WITHDRAWAL_FUNCTION,
)
"""Every epoch, in the order of its date (those without a date last)."""
