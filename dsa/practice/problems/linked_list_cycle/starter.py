"""Linked list cycle."""

from practice.types import ListNode


def has_cycle(head: ListNode | None) -> bool:
    """Return whether following ``next`` from ``head`` ever revisits a node."""
    raise NotImplementedError("write your solution here")
