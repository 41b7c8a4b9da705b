r"""The lowest price before a reduction (art. 4 ust. 2-4 UoIC, from 2023-01-01).

**Art. 4 ust. 2 UoIC.** Whenever a reduction of a product's price is announced, the lowest
price of that product in force during the 30 days before the reduction was introduced must
be shown next to the reduced price. The window is 30 whole calendar days ending the day
before the reduction takes effect (a reduction from 2025-03-01 looks at 2025-01-30 to
2025-02-28) and, when the reduction takes effect at an instant after midnight, the part of
its own day before that instant: a price in force from 08:00 to 12:00 on 2025-03-01 was in
force "before the reduction was introduced" at 12:00, so it counts. The window therefore
closes at the reduction's instant. It is a look-back window, so it never rolls forward to a
working day. The price already in force when the window opens counts, and so does every
price in force for any part of the window; a price that ended before the window opened
does not.

**Art. 4 ust. 3 UoIC.** A product offered for less than 30 days: the lowest price "od dnia
rozpoczęcia oferowania ... do dnia wprowadzenia obniżki", from the day it was first offered
to the day before the reduction, and the hours of the reduction's day before it, as in
ust. 2. A product first offered on the reduction's own day is measured from the prices in
force that day before the reduction: 20 zł from 08:00 and 15 zł from 12:00 is -25%.

**Art. 4 ust. 4 UoIC.** Goods that spoil quickly or have a short shelf life: the price from
before the first reduction, and the 30-day terms do not apply.

Poland did not adopt the directive's option for progressive reductions, so every reduction
looks back on its own: 10 zł, then 8 zł, then 4 zł is -20% and then -50% (from 8 zł), never
-60%. Any "-X%", "X zł taniej" or struck-through price is measured from the reference price
(CJEU C-330/23 Aldi Süd, 26 September 2024); a "reduction" to a price that is not below it
is no reduction at all and may not be announced as one.

The reference is fixed when the reduction takes effect: a promotion that runs unchanged for
more than 30 days keeps it. A price stays in force until the next change of the history, so
days out of stock do not interrupt it (UOKiK). Each variant and each sales channel has its
own history; a chain-wide advertisement needs the chain-wide history.

Interpretations (each registered for review): a price in force for any moment of the window
counts (UOKiK speaks of one day); the window is the 30 Polish calendar days before the
reduction's day (instants being read in Europe/Warsaw time) and the part of the reduction's
own day before the reduction took effect; the window of ust. 3 closes at the same instant;
a product first offered on the reduction's own day is measured from the prices in force that
day from the first offer until the reduction (the reduction's day being in the period "do
dnia wprowadzenia obniżki"); for
perishables the "first reduction" is the one the shop names
as the start of the series (``Reduction.series_starts_on``), by default the reduction itself;
a series named for goods that are not perishable is not refused
as contradictory but has no effect, and the decision says so under "did not apply" (ust. 4
alone speaks of the first reduction; ust. 2 applies "w każdym przypadku" of a reduction);
the largest percentage is rounded down to 0.01 percentage point. When several prices tie
for the lowest, the earliest is reported.

The wording relied on is art. 4 ust. 1-5 UoIC in the consolidated text (t.j. Dz.U. 2023
poz. 168, the version in force from 2023-01-23), unchanged in substance since the Omnibus
act (Dz.U. 2022 poz. 2581) gave ust. 2-4 from 2023-01-01.

Reductions before 2023-01-01 raise :class:`~regulamin.errors.LawNotCovered`: before the
Omnibus act the duty did not exist, but misleading reductions were still unfair practices
under another act that this rule does not encode, so it refuses rather than say "no duty".

>>> from datetime import date
>>> from regulamin.models.prices import PriceHistory, PricePoint, Reduction
>>> history = PriceHistory(points=[PricePoint(gross="10.00", since=date(2025, 1, 1)),
...                                PricePoint(gross="8.00", since=date(2025, 3, 1)),
...                                PricePoint(gross="4.00", since=date(2025, 4, 15))])
>>> first = lowest_price(history, Reduction(starts_on=date(2025, 3, 1), gross="8.00"))
>>> first.reference, first.max_percent
(Decimal('10.00'), Decimal('20.00'))
>>> second = lowest_price(history, Reduction(starts_on=date(2025, 4, 15), gross="4.00"))
>>> second.reference, second.max_percent, second.outcome
(Decimal('8.00'), Decimal('50.00'), True)
>>> print(second.explain("en").replace("\xa0", " "))  # babel keeps "PLN 8.00" unbroken
The reduction may be announced; next to the reduced price show the lowest price in the 30
days before the reduction: PLN 8.00. The largest reduction that may be advertised: 50%
(PLN 4.00).
 - The reduction applies from 15 April 2025, so the lowest price is taken from the 30 days
   before it was introduced: 16 March 2025 to 14 April 2025; the window is never moved
   (Art. 4(2) UoIC).
 - The lowest price in that period is PLN 8.00, in force from 1 March 2025 until changed on
   15 April 2025 (Art. 4(2) UoIC).
 - The new price PLN 4.00 is PLN 4.00 (50%) below it; no larger reduction may be
   advertised (Art. 4(2) UoIC).
Did not apply:
 - The product has been offered for the whole 30 days (Art. 4(3) UoIC).
 - The goods neither spoil quickly nor have a short shelf life (Art. 4(4) UoIC).

A price in force earlier on the reduction's own day counts: 7 zł from 08:00, then 8 zł
"reduced" from 12:00 is no reduction at all.

>>> from datetime import datetime
>>> from zoneinfo import ZoneInfo
>>> def at(hour): return datetime(2025, 3, 1, hour, tzinfo=ZoneInfo("Europe/Warsaw"))
>>> same_day = PriceHistory(points=[PricePoint(gross="10.00", since=date(2025, 1, 1)),
...                                 PricePoint(gross="7.00", since=at(8)),
...                                 PricePoint(gross="8.00", since=at(12))])
>>> late = lowest_price(same_day, Reduction(starts_on=at(12), gross="8.00"))
>>> late.outcome, late.reference, late.window.reduction_day_until.hour
(False, Decimal('7.00'), 12)
"""

from .lookup import PriceLookup, PriceScan, grosze, micros
from .lowest import PriceIndex, lowest_before_reduction, lowest_price
from .reference import (
    RULE,
    WINDOW_DAYS,
    DayWindow,
    LowestPriceDecision,
    PriceInterval,
    ReferenceKind,
)
from .wording import moment

__all__ = [
    "RULE",
    "WINDOW_DAYS",
    "DayWindow",
    "LowestPriceDecision",
    "PriceIndex",
    "PriceInterval",
    "PriceLookup",
    "PriceScan",
    "ReferenceKind",
    "grosze",
    "lowest_before_reduction",
    "lowest_price",
    "micros",
    "moment",
]
