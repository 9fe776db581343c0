# sys.argv: the script path as given, then the arguments after it.
# argv: first second 3
import sys

print(len(sys.argv))  # expect: 4
print(sys.argv[0][-11:])  # expect: sys_argv.py
print(sys.argv[1:])  # expect: ['first', 'second', '3']
print(int(sys.argv[3]) + 1)  # expect: 4
