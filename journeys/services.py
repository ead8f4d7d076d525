"""What citizens read of journeys: published procedures only, and the "Part of" index."""

from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils.translation import get_language

from journeys.models import Journey, JourneyLink
from page_cache.fragments import fragments
from procedures.models import Procedure


@dataclass
class Step:
    number: int
    title: str
    text: str
    optional: bool
    combination: str
    procedures: list


def journeys_with_steps(slug=None):
    """Every journey (or the one with `slug`) with its steps, each with its published procedures."""
    published = Procedure.objects.published()
    journeys = Journey.objects.filter(slug=slug) if slug is not None else Journey.objects.all()
    return list(
        journeys.prefetch_related(
            "steps",
            Prefetch(
                "links",
                queryset=JourneyLink.objects.filter(procedure__in=published).select_related(
                    "procedure__institution"
                ),
            ),
        ).order_by("slug")
    )


def steps_of(journey):
    """The journey's steps in order, each with its published procedures."""
    links = {}
    for link in journey.links.all():
        links.setdefault(link.step_number, []).append(link.procedure)
    return [
        Step(s.number, s.title, s.text, s.optional, s.combination, links.get(s.number, []))
        for s in journey.steps.all()
    ]


@dataclass
class PartOf:
    journey: Journey
    position: int  # 1-based place of the step among the journey's steps
    count: int
    step: Step
    previous: Step | None
    following: Step | None


def _part_of_index():
    index = {}
    for journey in journeys_with_steps():
        steps = steps_of(journey)
        for place, step in enumerate(steps):
            for procedure in step.procedures:
                index.setdefault(procedure.pk, []).append(
                    PartOf(
                        journey,
                        place + 1,
                        len(steps),
                        step,
                        steps[place - 1] if place else None,
                        steps[place + 1] if place + 1 < len(steps) else None,
                    )
                )
    return index


def part_of(procedure_id):
    """The journeys a procedure is in, with its step's place and the steps around it. Built once per
    catalogue version, language and process (page_cache/fragments.py): no query on a procedure page."""
    return fragments.get(("journeys:part-of", get_language()), _part_of_index).get(procedure_id, [])


def journey_or_none(slug):
    found = journeys_with_steps(slug)
    return found[0] if found else None
