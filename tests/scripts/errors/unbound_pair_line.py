# An unset local read by the second half of a fused pair (superinstructions): the traceback names
# the line of the instruction that read it, as CPython 3.11 does.
def total(flag):
    first = 1
    if flag:
        second = 2
    len("x")
    return (first +
            second)


print(total(True))  # expect: 3
print(total(False))
# expect-exit: 1
# expect-stderr: line 9, in total
# expect-stderr: line 13
# expect-stderr: UnboundLocalError: cannot access local variable 'second' where it is not associated with a value
