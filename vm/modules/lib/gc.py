# gc for gilvm (embedded; see vm/modules/python_lib.h). The VM frees objects by reference
# counting alone and has no cycle collector (vm/runtime/object.h), so there is nothing to
# collect: these answer as CPython's gc does for a program that makes no garbage cycles.

_enabled = True


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def collect(generation=2):
    if generation not in (0, 1, 2):
        raise ValueError("invalid generation")
    return 0


def get_count():
    return (0, 0, 0)


_threshold = (700, 10, 10)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=10, threshold2=10):
    global _threshold
    _threshold = (threshold0, threshold1, threshold2)


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


garbage = []
callbacks = []
