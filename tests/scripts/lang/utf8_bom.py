# A UTF-8 byte order mark is skipped, as CPython skips it; UTF-8 text runs.
print("héllo €")  # expect: héllo €
