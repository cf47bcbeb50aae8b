"""What the learner's process may touch, enforced by the kernel: Linux's Landlock.

The audit hook of :mod:`practice._child` runs inside the learner's process, and Python objects
there are all within reach of the learner's code (through ``gc``, frames, ``__main__``), so code
that means to can switch it off. Landlock is different: the process asks the kernel to restrict
*itself*, the restriction can never be lifted, and everything the process starts inherits it.
Applied after the allowed modules are loaded and before the learner's file runs, it allows:

- **reading** only beneath the folders the learner's code needs: the Python standard library,
  the modules the problem allows (numpy), the engine (for tracebacks), the learner's own folder
  (a file beside the attempt may be imported; if that folder holds the project, only the file),
  the scratch folder, the system's shared libraries and ``/etc``;
- **writing** only in the scratch folder (and ``/dev/null``);
- no TCP connections or listening sockets (Landlock ABI 4 and later), and no signals to processes
  outside the sandbox (ABI 6 and later).

So the reference solutions, the tests, the project's own packages, the site built from them, the
git history, the data sets and every other installed package are out of reach, whatever the code
does to the audit hook. Landlock needs Linux 5.13 or later with the LSM enabled; where it is
missing, :func:`restrict` returns ``0`` and the audit hook is the only guard.

>>> isinstance(abi_version(), int)
True
"""

from __future__ import annotations

import ctypes
import os
import sys
import sysconfig
from collections.abc import Iterable

SYS_CREATE_RULESET, SYS_ADD_RULE, SYS_RESTRICT_SELF = 444, 445, 446  # the same on every arch
PR_SET_NO_NEW_PRIVS = 38
RULE_PATH_BENEATH = 1
CREATE_RULESET_VERSION = 1

EXECUTE, WRITE_FILE, READ_FILE, READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
MAKE_ALL = sum(1 << bit for bit in range(4, 13))  # remove and make files, dirs, links, ...
REFER, TRUNCATE, IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1
SCOPE_ABSTRACT_UNIX_SOCKET, SCOPE_SIGNAL = 1 << 0, 1 << 1
FILE_RIGHTS = EXECUTE | WRITE_FILE | READ_FILE | TRUNCATE | IOCTL_DEV  # rights a file rule may hold
SYSTEM_READ = ("/usr", "/lib", "/lib64", "/etc")
DEVICES = ("/dev/null", "/dev/zero", "/dev/urandom")


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


class _PathBeneathAttr(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(None, use_errno=True)


def abi_version() -> int:
    """The kernel's Landlock ABI version; ``0`` where there is no Landlock."""
    if not sys.platform.startswith("linux"):
        return 0
    try:
        version = _libc().syscall(SYS_CREATE_RULESET, None, ctypes.c_size_t(0),
                                  ctypes.c_uint32(CREATE_RULESET_VERSION))
    except (OSError, AttributeError):
        return 0
    return max(int(version), 0)


def handled_fs(abi: int) -> int:
    """Every filesystem right the kernel of ``abi`` knows: all of them are denied unless a rule
    allows them.

    >>> handled_fs(1) == (1 << 13) - 1, handled_fs(3) == (1 << 15) - 1
    (True, True)
    """
    rights = EXECUTE | WRITE_FILE | READ_FILE | READ_DIR | MAKE_ALL
    rights |= REFER if abi >= 2 else 0
    rights |= TRUNCATE if abi >= 3 else 0
    rights |= IOCTL_DEV if abi >= 5 else 0
    return rights


def readable_folders(learner: str, preloaded: Iterable[str], engine: str,
                     project: str) -> list[str]:
    """The folders whose files the learner's code may read (see the module docstring).

    >>> folders = readable_folders("/home/me/ws/two_sum.py", [], "/repo/practice", "/repo")
    >>> "/home/me/ws" in folders, "/repo" in folders
    (True, False)
    >>> "/repo/ws" in readable_folders("/repo/ws/a.py", [], "/repo/practice", "/repo")
    True
    >>> "/repo" in readable_folders("/repo/a.py", [], "/repo/practice", "/repo")
    False
    """
    paths = sysconfig.get_paths()
    folders = [paths["stdlib"], paths["platstdlib"], engine, *SYSTEM_READ]
    for name in preloaded:
        module = sys.modules.get(name)
        if module is not None and getattr(module, "__file__", None):
            package = os.path.dirname(os.path.realpath(module.__file__))
            folders += [package, package + ".libs"]  # wheels keep their C libraries beside
    home = os.path.dirname(os.path.realpath(learner))
    project = os.path.realpath(project)
    if not (project == home or project.startswith(home.rstrip(os.sep) + os.sep)):
        folders.append(home)  # beside the attempt, unless that would open the whole project
    return [os.path.realpath(folder) for folder in folders]


def _add_rule(libc: ctypes.CDLL, ruleset: int, path: str, rights: int) -> None:
    try:
        fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
    except OSError:
        return  # a folder this system does not have
    try:
        if not os.path.isdir(path):
            rights &= FILE_RIGHTS
        attr = _PathBeneathAttr(rights, fd)
        if libc.syscall(SYS_ADD_RULE, ruleset, RULE_PATH_BENEATH, ctypes.byref(attr),
                        ctypes.c_uint32(0)) != 0:
            raise OSError(ctypes.get_errno(), f"landlock_add_rule {path}")
    finally:
        os.close(fd)


def restrict(read: Iterable[str], write: Iterable[str]) -> int:
    """Restrict this process (and all it starts) to reading beneath ``read``, and reading and
    writing beneath ``write``; returns the Landlock ABI used, ``0`` if there is none."""
    abi = abi_version()
    if abi == 0:
        return 0
    libc = _libc()
    handled = handled_fs(abi)
    attr = _RulesetAttr(handled, (NET_BIND_TCP | NET_CONNECT_TCP) if abi >= 4 else 0,
                        (SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL) if abi >= 6 else 0)
    size = ctypes.sizeof(_RulesetAttr) if abi >= 6 else 16 if abi >= 4 else 8
    ruleset = libc.syscall(SYS_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(size),
                           ctypes.c_uint32(0))
    if ruleset < 0:
        raise OSError(ctypes.get_errno(), "landlock_create_ruleset")
    try:
        for path in read:
            _add_rule(libc, ruleset, path, READ_FILE | READ_DIR)
        for path in (*write, *DEVICES):
            _add_rule(libc, ruleset, path, handled & ~EXECUTE)
        if libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_NO_NEW_PRIVS)")
        if libc.syscall(SYS_RESTRICT_SELF, ruleset, ctypes.c_uint32(0)) != 0:
            raise OSError(ctypes.get_errno(), "landlock_restrict_self")
    finally:
        os.close(ruleset)
    return abi


__all__ = ["abi_version", "handled_fs", "readable_folders", "restrict"]
