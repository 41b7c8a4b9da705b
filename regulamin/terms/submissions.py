"""What a customer's complaint, notice of illegal content or appeal must contain under the
shop's terms, and what a given submission lacks.

The terms list the elements each kind of submission "powinno zawierać" (as data:
:class:`~regulamin.models.clause_kinds.Contents`). The check names every element the terms
ask for that the submission does not give (a reason for each, citing the clause), and names
as missing facts the elements whose presence is not stated, all of them together.

* An element asked for only "w miarę możliwości" (the content's URL, art. 16 ust. 2 lit. b
  DSA) does not make a submission incomplete: its absence is said, not counted.
* The notifier's name and e-mail are not asked for in a notice of an offence under art. 3-7 of
  Directive 2011/93/EU (art. 16 ust. 2 lit. c DSA, mirrored by the terms): whether the notice
  concerns one is asked only when those elements are missing.

What the check does not decide: the legal effect of an incomplete submission. The terms say
"powinno" (should): the rule does not read it as a ground to refuse the submission; for a
notice, art. 16 ust. 3 DSA ties actual knowledge to a notice allowing a diligent provider to
identify the illegality without a detailed legal examination, which is a judgment.

>>> from datetime import date
>>> from regulamin.models.clause_kinds import Submission
>>> from regulamin.terms.loader import parse_terms
>>> shop = parse_terms('''
... name: Regulamin Przykład
... cited_as: {pl: Regulaminu Przykład, en: Przykład Terms}
... trader: {name: Przykład sp. z o.o.}
... customers: [consumer]
... policy: from_effective_day
... versions: [{id: v1, published_on: 2026-01-01, effective_from: 2026-01-01}]
... provisions:
...   submissions:
...     appeal: {required: [name, contact, grounds], clauses: {required: "§ 14 ust. 6"}}
... ''', "shop.yaml")
>>> appeal = Submission(kind="appeal", received_on=date(2026, 3, 2),
...                     contents={"name": True, "contact": True, "grounds": False})
>>> d = submission_check(appeal, terms=shop)
>>> d.outcome, [e.value for e in d.lacking]
(False, ['grounds'])
"""

from __future__ import annotations

from dataclasses import dataclass

from ..decision import Decision, Reason, Undetermined
from ..errors import InvalidFacts
from ..law import DSA, UOPK_IN_FORCE, USUDE, Citation
from ..messages import Message
from ..models.clause_kinds import Contents, Element, Submission, SubmissionKind
from ..registry import Interpretation, KeyDate, rule
from .clauses import TERMS_BIND, cited, edition_on
from .shop import ShopTerms

__all__ = ["SUBMISSIONS_RULE", "SubmissionDecision", "submission_check"]

SUBMISSIONS_RULE = "submissions.contents"

_LAW: dict[SubmissionKind, tuple[Citation, ...]] = {
    SubmissionKind.COMPLAINT: (USUDE.art("8", "3"),),
    SubmissionKind.NOTICE: (DSA.art("16", "2"),),
    SubmissionKind.APPEAL: (DSA.art("20", "1"),),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class SubmissionDecision(Decision[bool]):
    """Does the submission contain what the terms ask for (the outcome)?"""

    lacking: tuple[Element, ...] = ()
    """The elements the terms ask for that the submission does not give."""


def _contents(terms: ShopTerms, submission: Submission) -> Contents:
    provisions = edition_on(terms, SUBMISSIONS_RULE, submission.received_on).provisions
    asked: Contents | None = None
    if provisions is not None and provisions.submissions is not None:
        asked = getattr(provisions.submissions, submission.kind.value)
    if asked is None:
        field = f"terms.provisions.submissions.{submission.kind.value}"
        raise InvalidFacts(field, f"{terms.name} say nothing of what a {submission.kind} contains")
    return asked


def _asked(asked: Contents, submission: Submission) -> tuple[tuple[Element, ...], bool]:
    """The elements required of this submission, and whether the child-abuse exception
    decides (the elements it spares are missing and the fact is not given)."""
    spared = set(asked.not_for_child_abuse)
    absent = {e for e in spared if submission.contents.get(e) is not True}
    if submission.kind is not SubmissionKind.NOTICE or not absent:
        return asked.required, False
    if submission.child_abuse_offence is None:
        return asked.required, True
    keep = not submission.child_abuse_offence
    return tuple(e for e in asked.required if keep or e not in spared), False


@rule(SUBMISSIONS_RULE, on="submission.received_on", keyed_on=KeyDate.EVENT)
def _submissions_rule(submission: Submission, terms: ShopTerms) -> SubmissionDecision:
    """What ``submission`` lacks of what the terms ask for."""
    raise NotImplementedError  # the signature: the registry applies a version


_READING = (Interpretation("submissions.contents.should"),)


@_submissions_rule.version(since=UOPK_IN_FORCE, basis=(TERMS_BIND,), interpretations=_READING)
def _check(submission: Submission, terms: ShopTerms) -> SubmissionDecision:
    """Every element asked for and not given is named; unknown ones are missing facts."""
    asked = _contents(terms, submission)
    law = (*cited(terms, asked, "required"), *_LAW[submission.kind])
    required, ask_offence = _asked(asked, submission)
    soft = set(asked.where_possible)
    unknown = tuple(f"submission.contents.{e.value}" for e in required
                    if e not in submission.contents and e not in soft)
    missing = unknown + (("submission.child_abuse_offence",) if ask_offence else ())
    lacking = tuple(e for e in required if submission.contents.get(e) is False)
    reasons = tuple(
        Reason(SUBMISSIONS_RULE, f"{SUBMISSIONS_RULE}.{'soft' if e in soft else 'lacks'}", law,
               {"element": Message(f"{SUBMISSIONS_RULE}.element.{e.value}")})
        for e in lacking
    )
    hard = tuple(e for e in lacking if e not in soft)
    outcome: bool | Undetermined = Undetermined(missing) if missing else not hard
    key = "undetermined" if missing else ("complete" if not hard else "incomplete")
    return SubmissionDecision(
        rule=SUBMISSIONS_RULE,
        outcome=outcome,
        summary=Reason(SUBMISSIONS_RULE, f"{SUBMISSIONS_RULE}.{key}"),
        reasons=reasons,
        not_applied=(Reason(SUBMISSIONS_RULE, f"{SUBMISSIONS_RULE}.effect", law),),
        law_as_of=submission.received_on,
        lacking=hard,
    )


def submission_check(submission: Submission, *, terms: ShopTerms) -> SubmissionDecision:
    """Does ``submission`` contain what the shop's ``terms`` ask of its kind? The decision
    names each element it lacks (``lacking``) and the facts not stated."""
    return _submissions_rule(submission, terms)


_submissions_rule.entry = submission_check
