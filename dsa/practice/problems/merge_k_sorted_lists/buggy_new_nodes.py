"""Not spliced: collects the values, sorts them and builds new nodes, instead of relinking the
existing ones."""

from practice.types import ListNode, build_list


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    values = []
    for head in lists:
        while head is not None:
            values.append(head.val)
            head = head.next
    return build_list(sorted(values))
