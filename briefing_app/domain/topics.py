"""Who a figure or summary is about, and the topics each page is arranged by."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Audience(Enum):
    """Whose lives the figure is about: the page it appears on."""

    CHILDREN_IN_CARE = "children-in-care"
    CARE_LEAVERS = "care-leavers"

    @property
    def label(self) -> str:
        return "Children in care" if self is Audience.CHILDREN_IN_CARE else "Care leavers"


@dataclass(frozen=True)
class Topic:
    key: str
    audience: Audience
    title: str
    description: str


TOPICS: tuple[Topic, ...] = (
    Topic(
        "safety-and-stability",
        Audience.CHILDREN_IN_CARE,
        "Safety and stability",
        "Where children live, whether their homes last, and finding a lasting family.",
    ),
    Topic(
        "health",
        Audience.CHILDREN_IN_CARE,
        "Health",
        "Health and dental checks, immunisations and mental health support.",
    ),
    Topic(
        "education",
        Audience.CHILDREN_IN_CARE,
        "Education",
        "School, results, education plans, and education, work or training after 16.",
    ),
    Topic(
        "leisure",
        Audience.CHILDREN_IN_CARE,
        "Leisure",
        "Hobbies, sport and things to do in free time.",
    ),
    Topic(
        "having-a-say",
        Audience.CHILDREN_IN_CARE,
        "Having a say",
        "Taking part in reviews, being listened to, and complaints.",
    ),
    Topic(
        "before-care",
        Audience.CHILDREN_IN_CARE,
        "Help and protection before care",
        "How well children are helped and protected before any need to come into care.",
    ),
    Topic(
        "support-from-workers",
        Audience.CARE_LEAVERS,
        "Support from workers",
        "Help from the leaving care team, personal advisers and foster carers.",
    ),
    Topic(
        "education-and-work",
        Audience.CARE_LEAVERS,
        "Education and work",
        "College, university, apprenticeships and jobs.",
    ),
    Topic(
        "housing",
        Audience.CARE_LEAVERS,
        "Housing",
        "Somewhere safe and suitable to live.",
    ),
    Topic(
        "health-histories",
        Audience.CARE_LEAVERS,
        "Health histories",
        "Health checks, and a copy of their own health history.",
    ),
    Topic(
        "rights-and-entitlements",
        Audience.CARE_LEAVERS,
        "Rights and entitlements",
        "Knowing what help and money they are entitled to.",
    ),
)

TOPICS_BY_KEY: dict[str, Topic] = {topic.key: topic for topic in TOPICS}


def topics_for(audience: Audience) -> tuple[Topic, ...]:
    return tuple(topic for topic in TOPICS if topic.audience is audience)
