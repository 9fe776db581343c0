# VM-only: tests gilvm's command line.
# An unknown option is a command-line error (exit status 2) and the script does not run.
# args: --no-such-option
print("never")
# expect-exit: 2
# expect-stderr: --no-such-option
