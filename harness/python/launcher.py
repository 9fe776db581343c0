# gilbench's launcher for a real Python interpreter (CPython 2.7 or 3.x): applies the cell's GIL
# setting, names the OS threads after the Python threads, then runs the workload script as
# __main__ with the workload's own arguments, as `python SCRIPT ARGS...` would.
#
#   python -u launcher.py SWITCH_INTERVAL_S CHECK_INTERVAL SCRIPT [ARGS...]
#
# SWITCH_INTERVAL_S goes to sys.setswitchinterval (Python 3), CHECK_INTERVAL to
# sys.setcheckinterval (Python 2, which has no switch interval); each interpreter gets the one
# its GIL uses. Naming threads (prctl PR_SET_NAME through ctypes, 15 bytes at most) lets gilbench
# tell them apart in /proc/PID/task/TID/comm; without ctypes they keep the interpreter's name.
import os
import runpy
import sys
import threading

PR_SET_NAME = 15


def os_thread_namer():
    try:
        import ctypes
        prctl = ctypes.CDLL(None).prctl
    except Exception:
        return None

    def name_this_thread(name):
        try:
            prctl(PR_SET_NAME, ctypes.c_char_p(name[:15].encode("ascii", "replace")), 0, 0, 0)
        except Exception:
            pass
    return name_this_thread


def name_threads(namer):
    original_run = threading.Thread.run

    def run(self):
        namer(self.name)
        original_run(self)
    threading.Thread.run = run
    namer("MainThread")


def main():
    switch_interval_s = float(sys.argv[1])
    check_interval = int(sys.argv[2])
    script = sys.argv[3]
    if hasattr(sys, "setswitchinterval"):
        sys.setswitchinterval(switch_interval_s)
    else:
        sys.setcheckinterval(check_interval)
    namer = os_thread_namer()
    if namer is not None:
        name_threads(namer)
    sys.argv = sys.argv[3:]
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    runpy.run_path(script, run_name="__main__")


main()
