# What scripts ask of the interpreter, and printing to sys.stdout/sys.stderr with flush.
import sys
print(sys.version_info[:2] >= (3, 8), sys.version_info[0])  # expect: True 3
print(sys.maxsize == 2 ** 63 - 1)  # expect: True
n = sys.stdout.write("written\n")  # expect: written
print(n)  # expect: 8
print(sys.stdout.write("✓\n"))
# expect: ✓
# expect: 2
sys.stdout.flush()
print("flushed", flush=True)  # expect: flushed
print("to stdout", file=sys.stdout)  # expect: to stdout
print("to stderr", "too", sep="-", file=sys.stderr, flush=True)
sys.stderr.write("direct\n")
print("after")  # expect: after
sys.exit(3)
print("not reached")
# expect-stderr: to stderr-too
# expect-stderr: direct
# expect-exit: 3
