# Values that cross between processes as pickle carries them: ints of any size, sets and
# frozensets, ranges, deques, instances of the script's own classes, its own exception classes.
# args: --gil newgil
# args: --gil nogil
import multiprocessing
from collections import deque


class Job:
    def __init__(self, name, n):
        self.name = name
        self.n = n

    def __repr__(self):
        return f"Job({self.name!r}, {self.n})"


class JobFailed(Exception):
    pass


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def describe(job):
    if job.n < 0:
        raise JobFailed(f"{job.name}: negative")
    return job.name, factorial(job.n), {job.n % 3, job.n % 5}, frozenset([job.name])


def echo(conn):
    while True:
        value = conn.recv()
        if value is None:
            break
        conn.send(value)


if __name__ == "__main__":
    parent, child = multiprocessing.Pipe()
    process = multiprocessing.Process(target=echo, args=(child,))
    process.start()
    for value in [2**100, -(3**80), 10**30 + 1, {1, 2, 3}, frozenset({"a"}), range(2, 20, 3), Job("x", 2**70), {"big": [2**64]},
                  deque([1, "a"], maxlen=3), deque([2**64])]:
        parent.send(value)
        back = parent.recv()
        print(type(back).__name__, back if not isinstance(back, (set, frozenset)) else sorted(back))
    parent.send(None)
    process.join()
    print("exit", process.exitcode)
    with multiprocessing.Pool(2) as pool:
        for name, value, residues, names in pool.map(describe, [Job("a", 25), Job("b", 30)]):
            print(name, value, sorted(residues), sorted(names))
        try:
            pool.apply(describe, (Job("c", -1),))
        except JobFailed as e:
            print("caught", type(e).__name__, e)
# expect: int 1267650600228229401496703205376
# expect: int -147808829414345923316083210206383297601
# expect: int 1000000000000000000000000000001
# expect: set [1, 2, 3]
# expect: frozenset ['a']
# expect: range range(2, 20, 3)
# expect: Job Job('x', 1180591620717411303424)
# expect: dict {'big': [18446744073709551616]}
# expect: deque deque([1, 'a'], maxlen=3)
# expect: deque deque([18446744073709551616])
# expect: exit 0
# expect: a 15511210043330985984000000 [0, 1] ['a']
# expect: b 265252859812191058636308480000000 [0] ['b']
# expect: caught JobFailed c: negative
