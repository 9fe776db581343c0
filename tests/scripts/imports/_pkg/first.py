print("running _pkg.first as", __name__)


def one():
    return 1
