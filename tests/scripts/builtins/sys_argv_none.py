# sys.argv with no arguments after the script.
import sys

print(len(sys.argv))  # expect: 1
print(sys.argv[0][-16:])  # expect: sys_argv_none.py
