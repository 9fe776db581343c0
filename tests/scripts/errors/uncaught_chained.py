# An uncaught exception prints its chain as CPython 3.11 does: the context (or the cause) first,
# then the joining line, then the exception that ended the program.
def load(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError("no " + key)

def main():
    try:
        load({}, "port")
    except LookupError as e:
        raise RuntimeError("config broken") from e

main()
# expect-exit: 1
# expect-stderr: KeyError: 'port'
# expect-stderr: During handling of the above exception, another exception occurred:
# expect-stderr: LookupError: no port
# expect-stderr: The above exception was the direct cause of the following exception:
# expect-stderr: RuntimeError: config broken
