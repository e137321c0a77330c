"""Which plan milestones have happened: their date has passed the data's "as of" date, or a news
item says so (``milestones:`` of an announcement). Pages then say "đã diễn ra", not "dự kiến"."""

from __future__ import annotations

import datetime as dt

from generator.models.plan import Milestone
from generator.validate.dataset import Dataset

MilestoneKey = tuple[str, str]
"""(plan id, milestone id)."""


def has_passed(milestone: Milestone, as_of: dt.date) -> bool:
    """The milestone's last possible day (its end, for one lasting several days) is before ``as_of``
    ("tháng 8 năm 2025" passes on 01/9/2025)."""
    return (milestone.end or milestone.date).latest < as_of


def done_milestones(dataset: Dataset, as_of: dt.date) -> frozenset[MilestoneKey]:
    reported = {(a.plan, m) for a in dataset.announcements.values() if a.plan for m in a.milestones}
    return frozenset(
        (plan_id, m.id)
        for plan_id, plan in dataset.plans.items()
        for m in plan.milestones
        if has_passed(m, as_of) or (plan_id, m.id) in reported
    )
