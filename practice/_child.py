"""The learner's side of a check: ``python -m practice._child REQUESTS REPLIES LEARNER ...``.

This process runs the learner's code and nothing else of the checker's: it never sees the tests,
the expected answers or the verdict. It starts in a scratch folder of its own (its working folder
and ``TMPDIR``), caps itself (:func:`practice.limits.apply_child_limits`), asks the kernel to
kill it if the checker dies, points its standard output and error at a file in the scratch folder,
and installs an audit hook (which cannot be removed) that refuses what a practice solution has no
business doing: reading the problem's own files (the reference solution), importing or reading
the project's own code (``ml``, ``dsa``, ``biology``: the oracles an exercise asks the learner to
write), starting processes, signalling other processes, loading C libraries with ctypes, and
writing outside the scratch folder, and importing anything but the standard library (and numpy
where the problem allows it). The hook names each refusal; but it lives in the learner's own
process, where determined code can reach it. So, before the learner's file runs, the process
also asks the kernel (Landlock, :mod:`practice.landlock`) to hold it, irrevocably, to reading the
standard library, the allowed modules and its own folder, and to writing in its scratch folder:
the references, the tests, the project and the data stay closed even with the hook switched
off. Where the kernel has no Landlock, the hook is the only guard.

Modules an exercise allows (``imports`` in its ``meta.toml``: numpy) are imported *before* the
hook is installed: numpy loads C libraries through ctypes as it starts, which the hook would
refuse, and once loaded the learner's ``import numpy`` finds it ready.

Then it serves requests from the checker, one at a time, on a pipe of its own (file descriptors
passed on the command line; standard output and error are never used for results): ``load`` runs
the learner's file, ``call`` calls a function, a class or a method of an object made earlier, with
plain data (:mod:`practice.wire`), and replies with the result and the arguments' new state,
``reset`` forgets the objects of the test that ended. Each frame is ``MAGIC``, an 8-byte length
and a JSON object carrying the request's nonce.
"""

from __future__ import annotations

import argparse
import inspect
import os
import signal
import struct
import sys
import traceback
import types
from collections.abc import Callable
from typing import Any

from practice import wire
from practice.limits import apply_child_limits

MAGIC = b"DSAP"
HEADER = struct.Struct(">4sQ")
EXIT_CHANNEL_LOST = 70  # the result channel could not be written (closed by learner code?)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
_PROCESS_EVENTS = {"subprocess.Popen": "start a process", "os.system": "start a process",
                   "os.exec": "start a program", "os.posix_spawn": "start a process",
                   "os.spawn": "start a process", "os.fork": "fork the process",
                   "os.forkpty": "fork the process", "pty.spawn": "start a process",
                   "ctypes.dlopen": "load a C library with ctypes",
                   "ctypes.dlsym": "use a C library with ctypes"}
_PATH_EVENTS = {"os.remove": 0, "os.rmdir": 0, "os.mkdir": 0, "os.truncate": 0, "os.chmod": 0,
                "os.chown": 0, "os.utime": 0, "shutil.rmtree": 0, "os.rename": (0, 1),
                "os.link": (0, 1), "os.symlink": (0, 1), "shutil.copyfile": (1,),
                "shutil.copytree": (1,)}


PROJECT_PACKAGES = ("ml", "dsa", "biology", "tools")  # the oracles; the engine is not one
KERNEL_GUARD = 0  # the Landlock ABI this process is held by (0: none, the audit hook alone)


class Guard:
    """The audit hook's rules, and the refusals it made (reported with the next reply).

    ``protected`` are the project's package folders, whose code the learner's may neither
    import nor read (modules imported before the hook stay usable: the node types)."""

    def __init__(self, scratch: str, problems: str, learner: str,
                 protected: tuple[str, ...] = (), preloaded: tuple[str, ...] = ()) -> None:
        self.scratch = os.path.realpath(scratch)
        self.problems = os.path.realpath(problems)
        self.learner = os.path.realpath(learner)
        self.protected = tuple(os.path.realpath(folder) for folder in protected)
        self.importable = frozenset(sys.stdlib_module_names) | set(preloaded) | {
            name.removesuffix(".py") for name in _listing(os.path.dirname(self.learner))}
        self.refused: list[str] = []

    def _inside(self, path: str, folder: str) -> bool:
        return path == folder or path.startswith(folder + os.sep)

    def _real(self, path: Any) -> str | None:
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not isinstance(path, str):
            return None  # a file descriptor
        return os.path.realpath(path)

    def refuse(self, what: str) -> None:
        self.refused.append(what)
        raise PermissionError(f"the practice checker does not allow code to {what}")

    def check_write(self, path: Any) -> None:
        real = self._real(path)
        if real is not None and real != os.devnull and not self._inside(real, self.scratch):
            self.refuse(f"write outside its scratch folder ({path})")

    def check_read(self, path: Any) -> None:
        real = self._real(path)
        if real is None or real == self.learner:
            return
        if self._inside(real, self.problems):
            self.refuse(f"read the problem's own files ({path})")
        if any(self._inside(real, folder) for folder in self.protected):
            self.refuse(f"read the project's own code ({path}); write your own")

    def check_import(self, name: Any) -> None:
        if not isinstance(name, str) or name in sys.modules:
            return
        if name.partition(".")[0] == "numpy" and "numpy" not in sys.modules:
            # preloaded where a problem allows it; then its lazy submodules (numpy.ma) may load
            self.refuse("import numpy: this problem is solved with the standard library")
        top = name.partition(".")[0]
        if top not in PROJECT_PACKAGES and top not in self.importable:
            self.refuse(f"import {top}: only the standard library (and numpy where the "
                        "statement says so) may be used here")
        if top in PROJECT_PACKAGES:
            self.refuse(f"import the project's own {name} (the exercise is to write it "
                        "yourself; the standard library, and numpy where the statement says so, "
                        "are yours to use)")

    def __call__(self, event: str, args: tuple[Any, ...]) -> None:
        if event == "import":
            self.check_import(args[0])
        elif event == "open":
            self.check_read(args[0])
            mode, flags = args[1], args[2] if len(args) > 2 else 0
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS)
            if writing:
                self.check_write(args[0])
        elif event in _PROCESS_EVENTS:
            self.refuse(_PROCESS_EVENTS[event])
        elif event in ("os.kill", "os.killpg") and args[0] not in (os.getpid(), os.getpgrp()):
            self.refuse(f"send a signal to another process (pid {args[0]})")
        elif event in _PATH_EVENTS:
            where = _PATH_EVENTS[event]
            for index in (where,) if isinstance(where, int) else where:
                self.check_write(args[index])
            if event in ("os.link", "os.symlink", "shutil.copyfile", "shutil.copytree"):
                self.check_read(args[0])


def _listing(folder: str) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


def _die_with_parent() -> None:
    """Linux: have the kernel kill this process when the checker's process ends."""
    if not sys.platform.startswith("linux"):
        return  # elsewhere the closed pipe and RLIMIT_CPU end an orphan
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _restrict_files(learner: str, preload: list[str], project: str) -> None:
    """Ask the kernel to hold this process to its folders (:mod:`practice.landlock`)."""
    from practice import landlock

    global KERNEL_GUARD
    engine = os.path.dirname(os.path.abspath(__file__))
    try:
        KERNEL_GUARD = landlock.restrict(
            landlock.readable_folders(learner, preload, engine, project), [os.getcwd()])
    except OSError:
        KERNEL_GUARD = 0  # a kernel that refuses: the audit hook stays the guard


def _forget_ctypes() -> None:
    # The landlock module holds ctypes too: both go, so learner code importing either meets
    # the audit hook rather than a ready module.
    for name in [name for name in sys.modules
                 if name.partition(".")[0] == "ctypes" or name == "practice.landlock"]:
        del sys.modules[name]


def _preload(names: list[str]) -> None:
    """Import what the learner may use before the hook exists: the node types under their old
    name too, and the modules the problem allows (only names the problem format accepts)."""
    import importlib

    importlib.import_module("dsa.practice.types")
    for name in names:
        if name in ("numpy",):
            importlib.import_module(name)


def _redirect_output(path: str) -> None:
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(out, 1)
    os.dup2(out, 2)
    for fd in (null, out):
        os.close(fd)


class Channel:
    """Frames on the two pipes: requests in, replies out."""

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self.read_fd, self.write_fd = read_fd, write_fd
        self.buffer = bytearray()  # grown in place: a 47 MB frame arrives in linear time

    def _read_exactly(self, size: int) -> bytes:
        while len(self.buffer) < size:
            part = os.read(self.read_fd, max(size - len(self.buffer), 1 << 20))
            if not part:
                raise EOFError
            self.buffer += part
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        return data

    def receive(self) -> dict[str, Any]:
        magic, size = HEADER.unpack(self._read_exactly(HEADER.size))
        if magic != MAGIC:
            raise EOFError
        return wire.loads(self._read_exactly(size))

    def send(self, message: dict[str, Any]) -> None:
        data = wire.dumps(message)
        view = memoryview(HEADER.pack(MAGIC, len(data)) + data)
        try:
            while view:
                view = view[os.write(self.write_fd, view):]
        except OSError:
            os._exit(EXIT_CHANNEL_LOST)


def _builtin_base(error: BaseException) -> str:
    for cls in type(error).__mro__:
        if cls.__module__ == "builtins":
            return cls.__name__
    return "Exception"


def _where(error: BaseException, learner: str) -> str | None:
    frames = [frame for frame in traceback.extract_tb(error.__traceback__)
              if frame.filename == learner]
    if not frames:
        return None
    frame = frames[-1]
    code = f": {frame.line.strip()}" if frame.line else ""
    return f"your code, line {frame.lineno}, in {frame.name}{code}"


def _params(obj: Any) -> list[str] | None:
    try:
        return list(inspect.signature(obj).parameters)
    except (TypeError, ValueError):
        return None


class Server:
    """Runs the learner's code on request; every answer is plain data."""

    def __init__(self, channel: Channel, guard: Guard, learner: str) -> None:
        self.channel, self.guard, self.learner_path = channel, guard, learner
        self.module: types.ModuleType | None = None
        self.handles: dict[int, int] = {}
        self.mirror = wire.Mirror(-1, handle_wid=lambda obj: self.handles.get(id(obj)))

    def serve(self) -> None:
        while True:
            try:
                request = self.channel.receive()
            except (EOFError, wire.WireError, struct.error, OSError):
                return  # the checker is gone, or its end of the pipe was tampered with
            reply = {"nonce": request.get("nonce")}
            op = {"load": self.load, "call": self.call, "reset": self.reset}.get(request.get("op"))
            reply.update(op(request) if op else {"error": "unknown request"})
            self.channel.send(reply)

    def reset(self, request: dict[str, Any]) -> dict[str, Any]:
        self.mirror.reset()
        self.handles.clear()
        return {"ok": True}

    def load(self, request: dict[str, Any]) -> dict[str, Any]:
        module = types.ModuleType(wire.LEARNER_MODULE)
        module.__file__ = self.learner_path
        sys.modules[module.__name__] = module  # dataclasses look their module up by name
        sys.path.insert(0, os.path.dirname(self.learner_path))  # a helper beside the file
        outcome = self._run(lambda: exec(compile(
            open(self.learner_path, encoding="utf-8").read(), self.learner_path, "exec"),
            module.__dict__))
        if "value" not in outcome:
            return outcome
        self.module = module
        names = {}
        for name, value in vars(module).items():
            if name.startswith("_") or not callable(value) or getattr(
                    value, "__module__", None) != module.__name__:
                continue
            kind = "class" if isinstance(value, type) else "function"
            methods = ({n: _params(m) for n, m in vars(value).items() if callable(m)}
                       if kind == "class" else {})
            names[name] = {"kind": kind, "params": _params(value), "methods": methods}
        return {"names": names}

    def call(self, request: dict[str, Any]) -> dict[str, Any]:
        try:
            values = self.mirror.decode(*request["args"])
            kw_names = request.get("kw", [])
            args = values[:len(values) - len(kw_names)]
            kwargs = dict(zip(kw_names, values[len(args):], strict=True))
            target = self.mirror.objects[request["target"]] if request.get(
                "target") is not None else self.module
            if request["name"] == "" and request.get("target") is None:
                function: Any = _ping  # the checker measuring what a request costs
            elif request.get("target") is not None:
                function = getattr(target, request["name"])
            else:
                function = vars(self.module)[request["name"]]
        except (wire.WireError, KeyError, TypeError, ValueError) as error:
            return {"error": f"bad request: {error}"}
        outcome = self._run(lambda: function(*args, **kwargs))
        if "value" not in outcome and "raised" not in outcome:
            return outcome  # a limit or a refusal: no value, and the arguments do not matter
        if "value" in outcome and (isinstance(function, type) or _learners_object(
                outcome["value"], request.get("target"))):
            instance = outcome.pop("value")
            wid = self.handles.get(id(instance))
            if wid is None:
                wid = self.mirror.register(instance)
                self.handles[id(instance)] = wid
            outcome["handle"] = [wid, type(instance).__name__]
        roots = [outcome.pop("value", None), *values]
        try:
            outcome["state"] = self.mirror.encode(roots, "your code returned")
        except wire.BadType as error:
            outcome = {"badtype": str(error)}
        except (MemoryError, RecursionError):
            outcome = {"limit": "memory"}
        return self._refusals(outcome)

    def _refusals(self, outcome: dict[str, Any]) -> dict[str, Any]:
        if self.guard.refused:
            outcome = {"refused": self.guard.refused[0]}
            self.guard.refused.clear()
        return outcome

    def _run(self, action: Callable[[], Any]) -> dict[str, Any]:
        """Run learner code: ``{"value": ...}`` or a description of what stopped it."""
        try:
            value = action()
            _flush()
            return {"value": value}
        except MemoryError:
            return self._refusals({"limit": "memory"})
        except BaseException as error:  # everything learner code raises is data
            _flush()
            if isinstance(error, OSError) and error.errno == 27:  # EFBIG: the output cap
                return self._refusals({"limit": "output"})
            return self._refusals({"raised": {
                "type": type(error).__name__, "base": _builtin_base(error),
                "message": _safe_str(error), "where": _where(error, self.learner_path),
                "exit": isinstance(error, SystemExit | KeyboardInterrupt)}})


def _learners_object(value: Any, target: Any) -> bool:
    """Whether a method of a learner's object returned another object of the learner's classes
    (``a * b`` of the learner's ``Value``): it stays here too, and the checker gets a handle."""
    return target is not None and not isinstance(value, type) and \
        type(value).__module__ == wire.LEARNER_MODULE


def _ping(*args: Any) -> None:
    """The empty call the checker times before the learner's file is loaded."""


def _flush() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass


def _safe_str(error: BaseException) -> str:
    try:
        return str(error)[:2000]
    except BaseException:  # a learner's exception may have a broken __str__
        return "(its message could not be shown)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m practice._child")
    parser.add_argument("requests", type=int)
    parser.add_argument("replies", type=int)
    parser.add_argument("learner")
    parser.add_argument("--problems", required=True)
    parser.add_argument("--output-file", required=True)
    parser.add_argument("--memory", type=int, required=True)
    parser.add_argument("--output", type=int, required=True)
    parser.add_argument("--cpu-total", type=float, required=True)
    parser.add_argument("--preload", action="append", default=[])
    parser.add_argument("--protect", action="append", default=[])
    parser.add_argument("--project", default=os.path.dirname(os.path.dirname(
        os.path.abspath(__file__))))
    args = parser.parse_args(argv)

    # Ctrl-C reaches the checker too, which ends this process; SIGXFSZ would kill us at the
    # output cap, where a write error is the clearer signal.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "SIGXFSZ"):
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    _preload(args.preload)
    _die_with_parent()
    _redirect_output(args.output_file)
    apply_child_limits(args.memory, args.output, args.cpu_total)
    _restrict_files(args.learner, args.preload, args.project)
    _forget_ctypes()
    guard = Guard(os.getcwd(), args.problems, args.learner, tuple(args.protect),
                  tuple(args.preload))
    sys.addaudithook(guard)
    Server(Channel(args.requests, args.replies), guard, os.path.realpath(args.learner)).serve()
    return 0


if __name__ == "__main__":
    sys.exit(main())
