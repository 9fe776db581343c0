import _pkg

print("running _pkg.second")


def two():
    return _pkg.first.one() + 1
