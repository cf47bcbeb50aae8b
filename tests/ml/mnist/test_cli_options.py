"""The command line offers exactly what the library implements: its optimizer and schedule
choices are read from ``OPTIMIZERS`` and ``SCHEDULES``: adding one to the library adds it here."""

from ml.mnist.cli import build_parser
from ml.nn.optim import OPTIMIZERS
from ml.nn.schedules import SCHEDULES


def _choices(option: str) -> list[str]:
    train = build_parser()._subparsers._group_actions[0].choices["train"]
    (action,) = [a for a in train._actions if option in a.option_strings]
    return list(action.choices)


def test_optimizer_choices_are_the_librarys():
    assert _choices("--optimizer") == list(OPTIMIZERS)


def test_schedule_choices_are_the_librarys():
    assert _choices("--schedule") == list(SCHEDULES)
