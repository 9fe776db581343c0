# VM-only: tests gilvm's command line (CPython has no --gil option).
# An unknown GIL design is a command-line error: exit status 2, the bad name and the known
# designs on stderr, and the script does not run.
# args: --gil nosuchgil
print("never")
# expect-exit: 2
# expect-stderr: nosuchgil
# expect-stderr: legacy
# expect-stderr: newgil
