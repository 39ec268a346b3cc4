"""One BLAS thread for guard's own model calls, in any process that imports guard, without changing the host's setting.

guard's networks (natasha's NER convolutions, the lowercase name tagger) multiply small matrices, a sentence or a
batch of 8 at a time. OpenBLAS's default, a thread per core, makes those products spin threads against each other and
against the host's workers: a process that imports guard as a library and leaves the default spent 25.9 s CPU on a warm
pass over the bench's 1,000 written texts that costs ~4.7 s with one thread (docs/redactor-speed.md, stops 51 and 52).
guard's own entry points (CLI, batch worker, Spark) set `OPENBLAS_NUM_THREADS=1` before numpy loads; a library user's
process does not, and may want its own BLAS threads for its own work.

`one_blas_thread` (a decorator and a context manager) runs a guard model call with one BLAS thread. A BLAS library's
count is the library's, not a thread's (OpenBLAS's `openblas_set_num_threads_local` answers the old count, but in the
pthreads build numpy ships it sets the library's: measured, a host thread reads 1 while a guard call runs in another),
so the limit is counted across threads: every guard model call that enters sets one thread, and the last one in flight
to leave gives back the count the first one found. Overlapping calls from several threads neither give it back too
early nor leave the host at one thread (each call giving back what it found would: A finds 2, B finds A's 1, A gives
back 2, B gives back 1). While a guard model call runs, a product the host runs in another thread gets one thread too;
between guard's calls the host has its own count. threadpoolctl finds the libraries loaded in the process (once, at the
first model call: numpy's BLAS is loaded by then).
"""
from __future__ import annotations

import ctypes
import functools
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

Function = TypeVar("Function", bound=Callable[..., Any])


@dataclass
class _BlasLibraries:
    """The process's BLAS libraries, each as a setter: set the library's thread count, answer the old one."""

    setters: list[Callable[[int], int]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    in_flight: int = 0  # guard model calls running, all threads together
    host_counts: list[int] = field(default_factory=list)  # what the first call in found, given back by the last out


_libraries: _BlasLibraries | None = None
_finding = threading.Lock()


def _controller() -> Any:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def _setter(library: Any) -> Callable[[int], int]:
    """OpenBLAS's own set-and-answer call where it has one (0.3.27+: measured, the set that takes effect for a call
    from any thread of the host), else threadpoolctl's get and set."""
    if library.internal_api == "openblas":
        for name in ("openblas_set_num_threads_local", "scipy_openblas_set_num_threads_local"):
            native = getattr(library.dynlib, name, None)
            if native is not None:
                native.restype, native.argtypes = ctypes.c_int, [ctypes.c_int]
                return native

    def set_and_answer(count: int) -> int:
        old = library.num_threads
        library.set_num_threads(count)
        return old

    return set_and_answer


def _found() -> _BlasLibraries:
    global _libraries
    if _libraries is None:
        with _finding:
            if _libraries is None:
                libraries = _controller().select(user_api="blas").lib_controllers
                _libraries = _BlasLibraries(setters=[_setter(library) for library in libraries])
    return _libraries


@contextmanager
def _one_thread_scope() -> Iterator[None]:
    libraries = _found()
    with libraries.lock:
        found = [set_count(1) for set_count in libraries.setters]
        if libraries.in_flight == 0:
            libraries.host_counts = found
        libraries.in_flight += 1
    try:
        yield
    finally:
        with libraries.lock:
            libraries.in_flight -= 1
            if libraries.in_flight == 0:
                for set_count, count in zip(libraries.setters, libraries.host_counts):
                    set_count(count)
def one_blas_thread(function: Function | None = None) -> Any:
    """`@one_blas_thread` on a model call, or `with one_blas_thread():` around one: BLAS runs one thread inside, and
    the count is given back when the call leaves (see the module's doc)."""
    if function is None:
        return _one_thread_scope()

    @functools.wraps(function)
    def limited(*args: Any, **kwargs: Any) -> Any:
        with _one_thread_scope():
            return function(*args, **kwargs)

    return limited


def blas_threads() -> list[int]:
    """The thread count of each BLAS library loaded in the process, as the libraries report it to the calling thread."""
    return [library.num_threads for library in _controller().select(user_api="blas").lib_controllers]
